package io.vitrina.catalog.arquillian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.image.domain.ImageFacts;
import io.vitrina.catalog.image.domain.ImageFormat;
import io.vitrina.catalog.image.domain.ImageInfo;
import io.vitrina.catalog.image.domain.ImageRepository;
import io.vitrina.catalog.image.domain.ImageService;
import io.vitrina.catalog.image.domain.ImageSettings;
import io.vitrina.catalog.image.domain.ProductImage;
import io.vitrina.catalog.image.domain.TestImages;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.platform.problem.ConflictException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Product images on the real database: bytes round-trip, positions stay 0..n-1, limits hold. */
@ExtendWith(ArquillianExtension.class)
class ImageRepositoryArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.catalogService(ImageRepositoryArquillianIT.class, TestImages.class);
  }

  @Inject CategoryService categories;
  @Inject ProductService products;
  @Inject InventoryService inventory;
  @Inject ImageService images;
  @Inject ImageRepository repository;
  @Inject ImageSettings settings;
  @Inject UserTransaction transaction;

  @Test
  void shouldStoreBytesAndMetadataAndReadThemBackSeparately() throws Exception {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    byte[] png = TestImages.image("png", 9, 4);

    ImageInfo stored = images.add(product.id(), png, "A red shoe").orElseThrow();

    assertEquals(0, stored.position());
    assertEquals("image/png", stored.contentType());
    assertEquals(png.length, stored.size());
    assertEquals(9, stored.width());
    assertEquals(4, stored.height());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)),
        stored.sha256());
    transaction.begin();
    try {
      assertArrayEquals(png, repository.bytes(product.id(), stored.id()).orElseThrow());
      ImageInfo found = repository.find(product.id(), stored.id()).orElseThrow();
      assertEquals(stored.sha256(), found.sha256());
      assertEquals("A red shoe", found.alt());
      assertEquals(stored.createdAt(), found.createdAt());
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void shouldNotFindAnImageThroughAnotherProduct() throws Exception {
    Product owner = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    Product other = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    ImageInfo image = images.add(owner.id(), TestImages.image("gif", 3, 3), null).orElseThrow();

    transaction.begin();
    try {
      assertTrue(repository.find(other.id(), image.id()).isEmpty());
      assertTrue(repository.bytes(other.id(), image.id()).isEmpty());
      assertFalse(repository.remove(other.id(), image.id()));
    } finally {
      transaction.rollback();
    }
    assertFalse(images.remove(other.id(), image.id()));
    assertEquals(1, images.list(owner.id(), false).orElseThrow().size());
  }

  @Test
  void shouldReorderAndCloseGapsOnRemoval() {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(images.add(product.id(), TestImages.image("png", 2 + i, 2), null).get().id());
    }

    List<String> reversed = List.of(ids.get(3), ids.get(2), ids.get(1), ids.get(0));
    List<ImageInfo> reordered = images.reorder(product.id(), reversed).orElseThrow();
    assertEquals(reversed, reordered.stream().map(ImageInfo::id).toList());
    assertEquals(List.of(0, 1, 2, 3), reordered.stream().map(ImageInfo::position).toList());

    assertTrue(images.remove(product.id(), ids.get(2)));
    List<ImageInfo> after = images.list(product.id(), false).orElseThrow();
    assertEquals(
        List.of(ids.get(3), ids.get(1), ids.get(0)), after.stream().map(ImageInfo::id).toList());
    assertEquals(List.of(0, 1, 2), after.stream().map(ImageInfo::position).toList());
  }

  @Test
  void shouldRefuseAnOrderThatIsNotExactlyTheProductsImages() {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    String first = images.add(product.id(), TestImages.image("png", 2, 2), null).get().id();
    String second = images.add(product.id(), TestImages.image("png", 3, 3), null).get().id();

    assertThrows(ConflictException.class, () -> images.reorder(product.id(), List.of(first)));
    assertThrows(
        ConflictException.class,
        () -> images.reorder(product.id(), List.of(first, second, UUID.randomUUID().toString())));
    assertEquals(
        List.of(first, second),
        images.list(product.id(), true).orElseThrow().stream().map(ImageInfo::id).toList());
  }

  @Test
  void shouldKeepPositionsUniquePerProductInTheDatabase() throws Exception {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    images.add(product.id(), TestImages.image("png", 2, 2), null).orElseThrow();
    byte[] png = TestImages.image("png", 3, 3);
    ProductImage clash =
        new ProductImage(
            product.id(),
            0,
            new ImageFacts(ImageFormat.PNG, 3, 3),
            png,
            "0".repeat(64),
            null,
            Instant.now());

    transaction.begin();
    try {
      assertThrows(RuntimeException.class, () -> repository.add(clash));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void shouldHideImagesOfUnlistedProductsFromThePublic() {
    Product draft =
        products.create(
            Fixtures.sku(),
            Fixtures.details(Fixtures.rootCategory(categories).id(), "3.00"),
            ProductStatus.DRAFT,
            0);
    ImageInfo image = images.add(draft.id(), TestImages.WEBP_1X1, null).orElseThrow();

    assertTrue(images.list(draft.id(), false).isEmpty());
    assertTrue(images.find(draft.id(), image.id(), false).isEmpty());
    ImageService.Located seen = images.find(draft.id(), image.id(), true).orElseThrow();
    assertFalse(seen.publicProduct());
    assertEquals("image/webp", seen.info().contentType());
  }

  @Test
  void shouldNeverStoreMoreThanTheLimitWhenUploadsRace() throws Exception {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    int limit = settings.maxPerProduct();
    int uploads = limit + 8;
    byte[] png = TestImages.image("png", 5, 5);
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < uploads; i++) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  images.add(product.id(), png, null).orElseThrow();
                  return true;
                } catch (ConflictException full) {
                  return false;
                }
              }));
    }
    start.countDown();
    int stored = 0;
    for (Future<Boolean> result : results) {
      if (result.get(120, TimeUnit.SECONDS)) {
        stored++;
      }
    }

    assertEquals(limit, stored);
    List<ImageInfo> all = images.list(product.id(), false).orElseThrow();
    assertEquals(limit, all.size());
    for (int position = 0; position < limit; position++) {
      assertEquals(position, all.get(position).position());
    }
  }
}
