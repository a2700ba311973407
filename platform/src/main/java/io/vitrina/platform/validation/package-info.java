/** Bean Validation constraints for rules every service's input shares. */
package io.vitrina.platform.validation;
