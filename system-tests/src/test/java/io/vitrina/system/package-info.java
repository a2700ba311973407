/** End-to-end journeys across Vitrina's services, over their public REST APIs and the broker. */
package io.vitrina.system;
