/**
 * MicroProfile Health checks every service shares. Readiness looks at what this service owns and
 * cannot serve without, its database and its broker, and never at another service (a dependency's
 * outage must not take every caller out of the load balancer). Liveness is cheap: it must not
 * restart a pod because a database is slow.
 */
package io.vitrina.platform.health;
