/** The authenticated caller as catalog-service sees them. */
package io.vitrina.catalog.caller;
