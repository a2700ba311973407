package io.vitrina.catalog.image.domain;

/**
 * The image formats the catalog accepts, each known by its signature, never by what a client says.
 */
public enum ImageFormat {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpeg"),
  GIF("image/gif", "gif"),
  /** Java's image I/O has no WebP reader: its headers are checked by hand. */
  WEBP("image/webp", null);

  private final String mediaType;
  private final String imageIoName;

  ImageFormat(String mediaType, String imageIoName) {
    this.mediaType = mediaType;
    this.imageIoName = imageIoName;
  }

  /** The Content-Type images of this format are served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The format name of Java's image reader for it; null when there is none. */
  String imageIoName() {
    return imageIoName;
  }
}
