/**
 * The bare Liberty JSON endpoint that the benchmark puts next to the services: the highest request
 * rate Liberty reaches on the machine for a response of the same shape.
 */
package io.vitrina.load.ceiling;
