package io.vitrina.stack.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * What demo data loaders get: where every started service answers, the administrator account, the
 * shared demo password, and the Maven log for warnings.
 *
 * @param serviceUrls service name to its base URL, e.g. {@code http://localhost:9081}
 */
public record DemoContext(
    Map<String, URI> serviceUrls,
    String adminEmail,
    String adminPassword,
    String demoPassword,
    HttpClient http,
    Log log) {}
