package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Attachments: typed by their bytes, size-limited, counted per ticket, and served as downloads that
 * a browser never sniffs or renders. The build configures a 64 KiB limit and 3 per ticket.
 */
@MicroShedTest
class AttachmentIT {

  private static final int LIMIT = 65_536;
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private static String upload(String bearer, String ticketId, String messageId) {
    return "/api/tickets/" + ticketId + "/messages/" + messageId + "/attachments";
  }

  private static String message(String bearer, String ticketId) {
    return Tickets.write(bearer, ticketId, "See attached.", false)
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void shouldStoreAndServeAFileAsAnInertDownload() {
    String customer = Tokens.customer();
    String id = Tickets.open(customer, "With a photo");
    String messageId = message(customer, id);
    String url =
        as(customer)
            // The claimed type is ignored: the bytes say PNG.
            .multiPart("file", "../../photo.png", PNG, "text/html")
            .post(upload(customer, id, messageId))
            .then()
            .statusCode(201)
            .body("contentType", equalTo("image/png"))
            .body("fileName", equalTo("photo.png"))
            .body("sizeBytes", equalTo(PNG.length))
            .extract()
            .path("url");

    byte[] served =
        as(customer)
            .get(url)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Disposition", startsWith("attachment;"))
            .header("Content-Security-Policy", equalTo("default-src 'none'; sandbox"))
            .extract()
            .asByteArray();
    assertArrayEquals(PNG, served);
    as(customer)
        .get("/api/tickets/" + id + "/messages")
        .then()
        .body("[0].attachments", hasSize(1))
        .body("[0].attachments[0].url", equalTo(url));
    // Another customer gets nothing.
    as(Tokens.customer()).get(url).then().statusCode(404);
  }

  @Test
  void shouldServeHtmlOnlyAsPlainText() {
    String customer = Tokens.customer();
    String id = Tickets.open(customer, "Hostile file");
    String messageId = message(customer, id);
    String url =
        as(customer)
            .multiPart(
                "file",
                "page.html",
                "<html><script>alert(document.cookie)</script></html>"
                    .getBytes(StandardCharsets.UTF_8),
                "text/html")
            .post(upload(customer, id, messageId))
            .then()
            .statusCode(201)
            .body("contentType", startsWith("text/plain"))
            .extract()
            .path("url");
    as(customer)
        .get(url)
        .then()
        .statusCode(200)
        .contentType(startsWith("text/plain"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", startsWith("attachment;"));
  }

  @Test
  void shouldRefuseTypesOutsideTheAllowlistWith415() {
    String customer = Tokens.customer();
    String id = Tickets.open(customer, "Executable");
    String messageId = message(customer, id);
    as(customer)
        .multiPart(
            "file", "invoice.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "application/pdf")
        .post(upload(customer, id, messageId))
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void shouldRefuseFilesOverTheLimitWith413() {
    String customer = Tokens.customer();
    String id = Tickets.open(customer, "Big file");
    String messageId = message(customer, id);
    byte[] big = new byte[LIMIT + 1];
    Arrays.fill(big, (byte) 'a');
    as(customer)
        .multiPart("file", "big.txt", big, "text/plain")
        .post(upload(customer, id, messageId))
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"));
    // Far beyond the envelope, refused before the body is read.
    byte[] huge = new byte[4 * LIMIT];
    Arrays.fill(huge, (byte) 'a');
    as(customer)
        .multiPart("file", "huge.txt", huge, "text/plain")
        .post(upload(customer, id, messageId))
        .then()
        .statusCode(413);
    byte[] fits = new byte[LIMIT];
    Arrays.fill(fits, (byte) 'a');
    as(customer)
        .multiPart("file", "fits.txt", fits, "text/plain")
        .post(upload(customer, id, messageId))
        .then()
        .statusCode(201);
  }

  @Test
  void shouldLimitAttachmentsPerTicketAndToTheirAuthors() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String id = Tickets.open(customer, "Many files");
    String messageId = message(customer, id);
    String agentMessage = message(agent, id);
    as(customer)
        .multiPart("file", "a.txt", "a".getBytes(StandardCharsets.UTF_8))
        .post(upload(customer, id, agentMessage))
        .then()
        .statusCode(403);
    for (int i = 0; i < 3; i++) {
      as(customer)
          .multiPart("file", i + ".txt", ("file " + i).getBytes(StandardCharsets.UTF_8))
          .post(upload(customer, id, messageId))
          .then()
          .statusCode(201);
    }
    as(customer)
        .multiPart("file", "4.txt", "one too many".getBytes(StandardCharsets.UTF_8))
        .post(upload(customer, id, messageId))
        .then()
        .statusCode(409);
  }
}
