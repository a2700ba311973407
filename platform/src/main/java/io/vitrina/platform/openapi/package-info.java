/** What every service's OpenAPI document shares. */
package io.vitrina.platform.openapi;
