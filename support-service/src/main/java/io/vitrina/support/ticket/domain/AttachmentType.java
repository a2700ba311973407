package io.vitrina.support.ticket.domain;

/** The kinds of file a ticket accepts, each with the media type it is served as. */
public enum AttachmentType {
  PNG("image/png"),
  JPEG("image/jpeg"),
  GIF("image/gif"),
  PDF("application/pdf"),
  TEXT("text/plain; charset=UTF-8");

  private final String mediaType;

  AttachmentType(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
