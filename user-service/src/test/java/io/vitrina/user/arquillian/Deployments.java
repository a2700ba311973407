package io.vitrina.user.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as built, under another name so it deploys beside the running user-service, with
 * the test classes added: tests exercise the real beans, persistence unit and resources. Two copies
 * of one application share the server's metric registry, which is why the application registers its
 * metrics on use rather than through annotations.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive userService(Class<?>... testClasses) {
    WebArchive built =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/user-service.war"));
    return ShrinkWrap.create(WebArchive.class, "user-service-arquillian.war")
        .merge(built)
        .addClasses(testClasses)
        .addClass(Deployments.class);
  }
}
