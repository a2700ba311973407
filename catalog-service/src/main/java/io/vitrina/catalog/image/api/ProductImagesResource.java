package io.vitrina.catalog.image.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.Roles;
import io.vitrina.catalog.image.domain.ImageInfo;
import io.vitrina.catalog.image.domain.ImageService;
import io.vitrina.catalog.image.domain.ImageSettings;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.PayloadTooLargeException;
import io.vitrina.platform.validation.PlainTextValidator;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The images of a product: public reads for the products one may see, administrators' writes. */
@Path("products/{id}/images")
@RequestScoped
@Tag(name = "images", description = "Product images")
public class ProductImagesResource {

  /** The most ids a reorder request may list: far above any sane images-per-product limit. */
  static final int MAX_IDS_LISTED = 100;

  static final int MAX_ALT_LENGTH = 200;

  /** Images of public products are the same for everyone and never change under their id. */
  static final String PUBLIC_CACHING = "public, max-age=86400";

  /** Images of products only administrators see: kept out of shared caches, revalidated. */
  static final String PRIVATE_CACHING = "private, no-cache";

  private static final String FILE_PART = "file";
  private static final String ALT_PART = "alt";

  @Inject ImageService images;
  @Inject ImageSettings settings;
  @Context UriInfo uriInfo;
  @Context SecurityContext security;
  @Context Request request;

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A product's images, first to last; for ACTIVE products only unless you administer the"
              + " catalog")
  @APIResponse(
      responseCode = "200",
      description = "The images, without their bytes",
      content = @Content(schema = @Schema(implementation = ImageView[].class)))
  @APIResponse(responseCode = "404", description = "No such product, or not one you may see")
  public List<ImageView> list(@PathParam("id") @Pattern(regexp = Ids.UUID) String productId) {
    return images
        .list(productId, seesUnlisted())
        .map(list -> list.stream().map(this::view).toList())
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{imageId}")
  @PermitAll
  @Produces({"image/png", "image/jpeg", "image/gif", "image/webp"})
  @Operation(summary = "An image's bytes, with the type read from them when it was uploaded")
  @APIResponse(
      responseCode = "200",
      description = "The image; ETag is its SHA-256, and it may be cached for a day",
      headers = {
        @Header(
            name = "ETag",
            description = "The image's SHA-256, a strong validator",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Cache-Control",
            description = "public, max-age=86400 for ACTIVE products",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = {
        @Content(mediaType = "image/png"),
        @Content(mediaType = "image/jpeg"),
        @Content(mediaType = "image/gif"),
        @Content(mediaType = "image/webp")
      })
  @APIResponse(responseCode = "304", description = "If-None-Match named the image's ETag")
  @APIResponse(responseCode = "404", description = "No such image of a product you may see")
  public Response get(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String productId,
      @PathParam("imageId") @Pattern(regexp = Ids.UUID) String imageId) {
    ImageService.Located located =
        images.find(productId, imageId, seesUnlisted()).orElseThrow(NotFoundException::new);
    EntityTag tag = new EntityTag(located.info().sha256());
    String caching = located.publicProduct() ? PUBLIC_CACHING : PRIVATE_CACHING;
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.header(HttpHeaders.CACHE_CONTROL, caching).build();
    }
    // The bytes are read once, into the array the response writes from.
    byte[] bytes = images.bytes(productId, imageId).orElseThrow(NotFoundException::new);
    return Response.ok(bytes, located.info().contentType())
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, caching)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline")
        // Should a browser ever open an image as a document, it may run and fetch nothing.
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Add an image as the product's last one")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = ImageUploadForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location is where its bytes are",
      content = @Content(schema = @Schema(implementation = ImageView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No file part, more than one, an unknown part, or an invalid alt text")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "404", description = "No such product")
  @APIResponse(
      responseCode = "409",
      description = "The product has all the images it may have, or is discontinued")
  @APIResponse(responseCode = "413", description = "The file is larger than the limit")
  @APIResponse(
      responseCode = "415",
      description = "The file is not a complete PNG, JPEG, GIF or WebP image")
  @APIResponse(responseCode = "422", description = "The image's dimensions are too large")
  public Response upload(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String productId, List<EntityPart> parts) {
    EntityPart file = null;
    EntityPart alt = null;
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      switch (part.getName()) {
        case FILE_PART -> file = once(file, part);
        case ALT_PART -> alt = once(alt, part);
        default ->
            throw new InvalidInputException(
                part.getName(), "is not a part of an upload; send file and, optionally, alt");
      }
    }
    if (file == null) {
      throw new InvalidInputException(FILE_PART, "is required: the image, as a file part");
    }
    byte[] bytes = read(file, settings.maxBytes());
    ImageInfo image =
        images.add(productId, bytes, altText(alt)).orElseThrow(NotFoundException::new);
    ImageView view = view(image);
    return Response.created(view.url()).entity(view).build();
  }

  @PUT
  @Path("order")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Put a product's images in a new order; list every one of them, once")
  @APIResponse(
      responseCode = "200",
      description = "The images in their new order",
      content = @Content(schema = @Schema(implementation = ImageView[].class)))
  @APIResponse(responseCode = "400", description = "Not a list of image ids, or an id twice")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "404", description = "No such product")
  @APIResponse(
      responseCode = "409",
      description = "The ids are not exactly the product's images, or it is discontinued")
  public List<ImageView> reorder(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String productId,
      @NotNull @Valid ReorderRequest body) {
    return images
        .reorder(productId, body.imageIds())
        .map(list -> list.stream().map(this::view).toList())
        .orElseThrow(NotFoundException::new);
  }

  @DELETE
  @Path("{imageId}")
  @RolesAllowed({Roles.CATALOG_ADMIN, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Remove an image; the ones after it move up")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "No valid access token")
  @APIResponse(responseCode = "403", description = "Not catalog-admin or admin")
  @APIResponse(responseCode = "404", description = "No such image of this product")
  public Response delete(
      @PathParam("id") @Pattern(regexp = Ids.UUID) String productId,
      @PathParam("imageId") @Pattern(regexp = Ids.UUID) String imageId) {
    if (!images.remove(productId, imageId)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  private ImageView view(ImageInfo info) {
    URI url =
        uriInfo
            .getBaseUriBuilder()
            .path("products")
            .path(info.productId())
            .path("images")
            .path(info.id())
            .build();
    return ImageView.of(info, url);
  }

  private boolean seesUnlisted() {
    return security.isUserInRole(Roles.CATALOG_ADMIN) || security.isUserInRole(Roles.ADMIN);
  }

  private static EntityPart once(EntityPart earlier, EntityPart part) {
    if (earlier != null) {
      throw new InvalidInputException(part.getName(), "must be sent once");
    }
    return part;
  }

  /** A part's content, refused with 413 as soon as it grows beyond the limit. */
  static byte[] read(EntityPart part, long limit) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new PayloadTooLargeException(limit);
      }
      return bytes;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The charset a text part declares; UTF-8 when it declares none. */
  private static Charset charset(EntityPart part) {
    String declared =
        part.getMediaType() == null
            ? null
            : part.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
    if (declared == null) {
      return StandardCharsets.UTF_8;
    }
    return switch (declared.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
      case "US-ASCII" -> StandardCharsets.US_ASCII;
      case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
      default ->
          throw new InvalidInputException(ALT_PART, "must be UTF-8, US-ASCII or ISO-8859-1 text");
    };
  }

  /** The alt text: plain text of at most 200 characters; blank means none. */
  static String altText(EntityPart part) {
    if (part == null) {
      return null;
    }
    // Four bytes a character at most: anything longer is too long whatever it says.
    byte[] bytes;
    try (InputStream in = part.getContent()) {
      bytes = in.readNBytes(4 * MAX_ALT_LENGTH + 1);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (bytes.length > 4 * MAX_ALT_LENGTH) {
      throw new InvalidInputException(ALT_PART, "must be at most 200 characters");
    }
    String text;
    try {
      text =
          charset(part)
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString()
              .strip();
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidInputException(
          ALT_PART, "must be text in the part's charset (UTF-8 if none)");
    }
    if (text.codePointCount(0, text.length()) > MAX_ALT_LENGTH) {
      throw new InvalidInputException(ALT_PART, "must be at most 200 characters");
    }
    if (!PlainTextValidator.isPlain(text)) {
      throw new InvalidInputException(ALT_PART, "must not contain control characters");
    }
    return text.isEmpty() ? null : text;
  }
}
