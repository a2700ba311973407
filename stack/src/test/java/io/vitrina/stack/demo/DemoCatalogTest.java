package io.vitrina.stack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The demo catalog must pass catalog-service's validation, or the run loads nothing. */
class DemoCatalogTest {
  // The rules of catalog-service's ProductRequest and CategoryRequest.
  private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}");

  @Test
  void everyProductIsValidAndHasItsOwnSku() {
    List<DemoCatalog.Item> items = DemoCatalog.items();
    assertTrue(items.size() >= 300, "a few hundred products, got " + items.size());
    Set<String> skus = new HashSet<>();
    for (DemoCatalog.Item item : items) {
      assertTrue(SKU.matcher(item.sku()).matches(), item.sku());
      assertTrue(skus.add(item.sku()), "duplicate SKU " + item.sku());
      assertTrue(item.name().length() <= 200 && !item.name().isBlank(), item.name());
      assertTrue(item.description().length() <= 4000, item.sku());
      assertTrue(item.price().compareTo(BigDecimal.ZERO) > 0, item.sku());
      assertTrue(item.price().scale() <= 2, item.sku() + " " + item.price());
      assertTrue(item.attributes().size() <= 20, item.sku());
      item.attributes()
          .forEach(
              (name, value) -> {
                assertTrue(ATTRIBUTE.matcher(name).matches(), name);
                assertTrue(value.length() <= 500, value);
              });
      assertTrue(item.stock() >= 0 && item.stock() <= 1_000_000, item.sku());
    }
  }

  @Test
  void theSameProductsAtEveryStart() {
    assertEquals(DemoCatalog.items(), DemoCatalog.items());
  }

  @Test
  void someProductsAreSoldOutAndSomeRunLow() {
    List<DemoCatalog.Item> items = DemoCatalog.items();
    assertTrue(items.stream().anyMatch(item -> item.stock() == 0));
    assertTrue(items.stream().anyMatch(item -> item.stock() > 0 && item.stock() <= 5));
  }

  @Test
  void categorySlugsAreValidAndUniqueAmongSiblings() {
    Set<String> departments = new HashSet<>();
    for (DemoCatalog.Department department : DemoCatalog.DEPARTMENTS) {
      assertTrue(SLUG.matcher(department.slug()).matches(), department.slug());
      assertTrue(departments.add(department.slug()), department.slug());
      Set<String> shelves = new HashSet<>();
      department
          .shelves()
          .forEach(
              shelf -> {
                assertTrue(SLUG.matcher(shelf.slug()).matches(), shelf.slug());
                assertTrue(shelves.add(shelf.slug()), shelf.slug());
              });
    }
  }

  @Test
  void picturesArePngsThatDecode() throws IOException {
    byte[] png = DemoPictures.png(0.5f, 42);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(DemoPictures.SIZE, image.getWidth());
    assertEquals(DemoPictures.SIZE, image.getHeight());
    assertTrue(png.length < 5 * 1024 * 1024, "under the upload limit: " + png.length);
  }
}
