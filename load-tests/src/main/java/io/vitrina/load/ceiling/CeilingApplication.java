package io.vitrina.load.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The benchmark's ceiling: a Jakarta REST application with one JSON endpoint and nothing else. */
@ApplicationPath("/api")
public class CeilingApplication extends Application {}
