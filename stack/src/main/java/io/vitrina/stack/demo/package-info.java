/**
 * Demo data a newcomer finds in the running system, loaded through each service's own REST API
 * (never its database), one {@link io.vitrina.stack.demo.DemoData} per service.
 */
package io.vitrina.stack.demo;
