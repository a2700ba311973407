package io.vitrina.catalog.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InventoryFilterTest {

  @Test
  void shouldWriteCanonicalJsonSoThatEqualFiltersHaveEqualParameters() {
    assertEquals("{\"lowStockOnly\":false}", InventoryFilter.ALL.toJson());
    assertEquals(
        "{\"categoryId\":\"c-1\",\"lowStockOnly\":true}",
        new InventoryFilter("c-1", true).toJson());
  }

  @Test
  void shouldReadBackWhatItWrote() {
    InventoryFilter filter = new InventoryFilter("c-1", true);
    assertEquals(filter, InventoryFilter.fromJson(filter.toJson()));
    assertEquals(InventoryFilter.ALL, InventoryFilter.fromJson(InventoryFilter.ALL.toJson()));
    assertEquals(InventoryFilter.ALL, InventoryFilter.fromJson("{}"));
  }

  @Test
  void shouldRefuseWhatIsNotAFilter() {
    assertThrows(IllegalArgumentException.class, () -> InventoryFilter.fromJson("[1]"));
    assertThrows(
        IllegalArgumentException.class, () -> InventoryFilter.fromJson("{\"categoryId\":1}"));
    assertThrows(IllegalArgumentException.class, () -> InventoryFilter.fromJson("nope"));
  }
}
