/**
 * The guard of the published REST contracts: each service's served OpenAPI document, normalised and
 * compared with the one committed under {@code docs/api/}, incompatible changes failing the build.
 */
package io.vitrina.system.openapi;
