package io.vitrina.stack.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo shop sells: departments with their shelves, and for every shelf the brands, kinds
 * of product, selling points and attributes from which its products are composed. The composition
 * is seeded, so every start describes the same products under the same SKUs.
 */
final class DemoCatalog {
  static final int PER_SHELF = 16;

  record Department(String name, String slug, List<Shelf> shelves) {}

  /**
   * @param code the SKU prefix
   * @param hue the pictures' colour, 0..1
   */
  record Shelf(
      String name,
      String slug,
      String code,
      float hue,
      List<String> brands,
      List<String> kinds,
      List<String> points,
      Map<String, List<String>> attributes,
      int minPrice,
      int maxPrice) {}

  record Item(
      String sku,
      String shelf,
      String name,
      String description,
      BigDecimal price,
      Map<String, String> attributes,
      int stock,
      float hue) {}

  static final List<Department> DEPARTMENTS =
      List.of(
          new Department(
              "Electronics",
              "electronics",
              List.of(
                  new Shelf(
                      "Phones",
                      "phones",
                      "PHN",
                      0.58f,
                      List.of("Aurora", "Kestrel", "Nimbus"),
                      List.of("smartphone", "compact phone", "rugged phone", "foldable phone"),
                      List.of(
                          "a bright OLED display that stays readable in sunlight",
                          "a battery that lasts two days of ordinary use",
                          "a triple camera with optical zoom",
                          "fast wireless charging",
                          "five years of security updates"),
                      attrs(
                          "color",
                          "Graphite|Silver|Ocean blue|Sage",
                          "storage",
                          "128 GB|256 GB|512 GB"),
                      199,
                      1099),
                  new Shelf(
                      "Laptops",
                      "laptops",
                      "LAP",
                      0.6f,
                      List.of("Kestrel", "Orbis", "Lumen"),
                      List.of(
                          "ultrabook",
                          "workstation laptop",
                          "convertible laptop",
                          "student laptop"),
                      List.of(
                          "a backlit keyboard with a comfortable travel",
                          "a matte 14-inch display",
                          "an all-day battery",
                          "two Thunderbolt ports and HDMI",
                          "a fanless, silent design"),
                      attrs("memory", "8 GB|16 GB|32 GB", "storage", "512 GB SSD|1 TB SSD"),
                      449,
                      2399),
                  new Shelf(
                      "Headphones and audio",
                      "audio",
                      "AUD",
                      0.7f,
                      List.of("Sonora", "Nimbus", "Basalt"),
                      List.of(
                          "wireless headphones",
                          "earbuds",
                          "bookshelf speaker",
                          "soundbar",
                          "portable speaker"),
                      List.of(
                          "active noise cancelling",
                          "thirty hours of playback",
                          "a warm, detailed sound",
                          "multipoint Bluetooth",
                          "splash resistance for the garden or the gym"),
                      attrs("color", "Black|White|Sand"),
                      29,
                      449),
                  new Shelf(
                      "Cameras",
                      "cameras",
                      "CAM",
                      0.66f,
                      List.of("Lumen", "Obscura", "Kestrel"),
                      List.of(
                          "mirrorless camera",
                          "action camera",
                          "instant camera",
                          "travel zoom camera"),
                      List.of(
                          "in-body stabilisation",
                          "4K video at 60 frames per second",
                          "a weather-sealed body",
                          "fast, accurate eye autofocus",
                          "a flip screen for vlogging"),
                      attrs("color", "Black|Silver", "kit", "Body only|With 18-55 mm lens"),
                      89,
                      1899))),
          new Department(
              "Home and kitchen",
              "home",
              List.of(
                  new Shelf(
                      "Cookware",
                      "cookware",
                      "CKW",
                      0.05f,
                      List.of("Fogón", "Casserole & Co", "Hierro"),
                      List.of("frying pan", "casserole dish", "saucepan set", "wok", "paella pan"),
                      List.of(
                          "works on induction, gas and in the oven",
                          "a riveted stainless steel handle",
                          "an even, heavy base",
                          "a coating free of PFAS",
                          "dishwasher safe"),
                      attrs(
                          "material",
                          "Cast iron|Stainless steel|Carbon steel",
                          "diameter",
                          "24 cm|28 cm|32 cm"),
                      19,
                      249),
                  new Shelf(
                      "Small appliances",
                      "appliances",
                      "APL",
                      0.08f,
                      List.of("Molino", "Brisa", "Orbis"),
                      List.of("espresso machine", "kettle", "blender", "toaster", "coffee grinder"),
                      List.of(
                          "precise temperature control",
                          "a brushed steel finish",
                          "quiet operation",
                          "easy to descale",
                          "a compact footprint for small kitchens"),
                      attrs("color", "Cream|Black|Red|Steel"),
                      25,
                      699),
                  new Shelf(
                      "Lighting",
                      "lighting",
                      "LGT",
                      0.13f,
                      List.of("Lumen", "Faro", "Nordhav"),
                      List.of("floor lamp", "desk lamp", "pendant light", "wall light"),
                      List.of(
                          "a dimmable warm-white LED",
                          "a linen shade",
                          "an adjustable arm",
                          "a solid oak base",
                          "an energy class A light source"),
                      attrs("finish", "Brass|Matte black|White|Oak"),
                      24,
                      389),
                  new Shelf(
                      "Furniture",
                      "furniture",
                      "FRN",
                      0.09f,
                      List.of("Nordhav", "Roble", "Atelier Sur"),
                      List.of("armchair", "bookcase", "dining table", "sideboard", "bedside table"),
                      List.of(
                          "solid wood from certified forests",
                          "assembled in ten minutes",
                          "a stain-resistant fabric",
                          "soft-closing drawers",
                          "a timeless Scandinavian design"),
                      attrs("material", "Oak|Walnut|Pine|Beech", "color", "Natural|White|Charcoal"),
                      59,
                      1299))),
          new Department(
              "Fashion",
              "fashion",
              List.of(
                  new Shelf(
                      "Men's clothing",
                      "men",
                      "MEN",
                      0.55f,
                      List.of("Basalt", "Marea", "Atelier Sur"),
                      List.of(
                          "merino sweater",
                          "oxford shirt",
                          "chino trousers",
                          "rain jacket",
                          "linen shirt"),
                      List.of(
                          "a regular fit",
                          "organic cotton",
                          "a breathable weave",
                          "made in Portugal",
                          "reinforced seams"),
                      attrs("size", "S|M|L|XL", "color", "Navy|Olive|Stone|Black"),
                      19,
                      249),
                  new Shelf(
                      "Women's clothing",
                      "women",
                      "WMN",
                      0.92f,
                      List.of("Marea", "Atelier Sur", "Brisa"),
                      List.of(
                          "wrap dress",
                          "cashmere cardigan",
                          "wide-leg trousers",
                          "trench coat",
                          "silk blouse"),
                      List.of(
                          "a relaxed fit",
                          "a fabric that does not crease",
                          "natural fibres only",
                          "made in Spain",
                          "a flattering drape"),
                      attrs("size", "XS|S|M|L|XL", "color", "Terracotta|Ivory|Black|Forest green"),
                      19,
                      329),
                  new Shelf(
                      "Shoes",
                      "shoes",
                      "SHO",
                      0.03f,
                      List.of("Camino", "Basalt", "Nordhav"),
                      List.of(
                          "leather sneaker",
                          "chelsea boot",
                          "running shoe",
                          "espadrille",
                          "hiking boot"),
                      List.of(
                          "a cushioned insole",
                          "a grippy rubber outsole",
                          "full-grain leather",
                          "a waterproof membrane",
                          "resoleable Goodyear welt construction"),
                      attrs("size", "38|39|40|41|42|43|44|45", "color", "Tan|Black|White|Grey"),
                      29,
                      279),
                  new Shelf(
                      "Bags",
                      "bags",
                      "BAG",
                      0.07f,
                      List.of("Camino", "Marea", "Hierro"),
                      List.of(
                          "backpack", "tote bag", "weekend bag", "crossbody bag", "laptop sleeve"),
                      List.of(
                          "a padded laptop compartment",
                          "water-repellent waxed canvas",
                          "vegetable-tanned leather straps",
                          "a hidden anti-theft pocket",
                          "a lifetime repair guarantee"),
                      attrs("color", "Camel|Black|Olive|Navy", "capacity", "12 l|20 l|30 l"),
                      24,
                      349))),
          new Department(
              "Sports and outdoors",
              "sports",
              List.of(
                  new Shelf(
                      "Running",
                      "running",
                      "RUN",
                      0.33f,
                      List.of("Camino", "Zancada", "Kestrel"),
                      List.of(
                          "running vest",
                          "running jacket",
                          "GPS watch",
                          "trail shoe",
                          "running tights"),
                      List.of(
                          "reflective details for the dark months",
                          "a featherweight build",
                          "heart rate from the wrist",
                          "a lugged outsole for muddy trails",
                          "a zipped key pocket"),
                      attrs("size", "S|M|L", "color", "Neon yellow|Black|Coral"),
                      19,
                      499),
                  new Shelf(
                      "Cycling",
                      "cycling",
                      "CYC",
                      0.3f,
                      List.of("Pedalia", "Kestrel", "Basalt"),
                      List.of(
                          "cycling helmet",
                          "bike light set",
                          "gravel bike",
                          "saddle bag",
                          "cycling jersey"),
                      List.of(
                          "MIPS protection",
                          "a USB-C rechargeable battery",
                          "a carbon fork",
                          "an aerodynamic cut",
                          "visibility from five hundred metres"),
                      attrs("size", "S|M|L", "color", "Red|Black|White|Teal"),
                      15,
                      1899),
                  new Shelf(
                      "Camping",
                      "camping",
                      "CMP",
                      0.27f,
                      List.of("Sierra", "Nordhav", "Hierro"),
                      List.of(
                          "two-person tent",
                          "sleeping bag",
                          "camping stove",
                          "headlamp",
                          "trekking poles"),
                      List.of(
                          "a packed weight under two kilos",
                          "rated down to minus five degrees",
                          "pitches in three minutes",
                          "recycled materials",
                          "a five-year warranty"),
                      attrs("color", "Moss|Orange|Grey"),
                      12,
                      599),
                  new Shelf(
                      "Fitness",
                      "fitness",
                      "FIT",
                      0.36f,
                      List.of("Zancada", "Basalt", "Brisa"),
                      List.of(
                          "yoga mat",
                          "kettlebell",
                          "adjustable dumbbell",
                          "resistance band set",
                          "foam roller"),
                      List.of(
                          "a non-slip natural rubber surface",
                          "a powder-coated grip",
                          "five resistance levels",
                          "fits under the bed",
                          "a training plan included"),
                      attrs("weight", "4 kg|8 kg|12 kg|16 kg", "color", "Black|Lilac|Teal"),
                      9,
                      349))),
          new Department(
              "Books",
              "books",
              List.of(
                  new Shelf(
                      "Fiction",
                      "fiction",
                      "FIC",
                      0.75f,
                      List.of("Ediciones Faro", "Marea Press", "Lumen Books"),
                      List.of("novel", "short story collection", "crime novel", "historical novel"),
                      List.of(
                          "a story of two sisters on the Cantabrian coast",
                          "a detective who never leaves Madrid",
                          "a saga across three generations",
                          "winner of a national prize",
                          "a translation praised by critics"),
                      attrs("format", "Hardcover|Paperback|Ebook", "language", "Spanish|English"),
                      8,
                      32),
                  new Shelf(
                      "Cookbooks",
                      "cookbooks",
                      "CKB",
                      0.1f,
                      List.of("Ediciones Faro", "Fogón Books", "Marea Press"),
                      List.of("cookbook", "baking book", "vegetarian cookbook", "tapas book"),
                      List.of(
                          "recipes from every region of Spain",
                          "weeknight dinners in thirty minutes",
                          "photographs of every dish",
                          "sourdough step by step",
                          "seasonal vegetables first"),
                      attrs("format", "Hardcover|Paperback", "language", "Spanish|English"),
                      12,
                      45),
                  new Shelf(
                      "Children's books",
                      "children",
                      "KID",
                      0.15f,
                      List.of("Lumen Books", "Pequeño Faro", "Marea Press"),
                      List.of("picture book", "first reader", "activity book", "bedtime stories"),
                      List.of(
                          "for ages three to six",
                          "large print for early readers",
                          "sturdy board pages",
                          "illustrated in watercolour",
                          "stickers inside"),
                      attrs(
                          "format",
                          "Board book|Hardcover|Paperback",
                          "language",
                          "Spanish|English"),
                      6,
                      24))));

  private DemoCatalog() {}

  /** Every demo product, the same list at every start. */
  static List<Item> items() {
    List<Item> items = new ArrayList<>();
    for (Department department : DEPARTMENTS) {
      for (Shelf shelf : department.shelves()) {
        Random random = new Random(shelf.code().hashCode());
        for (int n = 1; n <= PER_SHELF; n++) {
          items.add(item(shelf, n, random));
        }
      }
    }
    return items;
  }

  private static Item item(Shelf shelf, int n, Random random) {
    String brand = pick(shelf.brands(), random);
    String kind = pick(shelf.kinds(), random);
    String model = MODELS.get(random.nextInt(MODELS.size()));
    Map<String, String> attributes = new LinkedHashMap<>();
    shelf.attributes().forEach((name, values) -> attributes.put(name, pick(values, random)));
    attributes.put("brand", brand);
    String first = pick(shelf.points(), random);
    String second = pick(shelf.points(), random);
    String description =
        capitalise(kind)
            + " by "
            + brand
            + " with "
            + first
            + (second.equals(first) ? "" : " and " + second)
            + ". "
            + "Sold and shipped by Vitrina; free returns within 30 days.";
    String name = brand + " " + model + " " + kind;
    double span = shelf.maxPrice() - shelf.minPrice();
    BigDecimal price =
        BigDecimal.valueOf(shelf.minPrice() + span * Math.pow(random.nextDouble(), 2))
            .setScale(0, RoundingMode.DOWN)
            .add(new BigDecimal("0.99"));
    // Mostly well stocked; a few low and a few sold out so that filters and alerts have work.
    int roll = random.nextInt(20);
    int stock = roll == 0 ? 0 : roll == 1 ? 1 + random.nextInt(4) : 10 + random.nextInt(140);
    return new Item(
        shelf.code() + "-" + String.format("%04d", n),
        shelf.slug(),
        name,
        description,
        price,
        attributes,
        stock,
        shelf.hue());
  }

  private static final List<String> MODELS =
      List.of(
          "One", "Air", "Pro", "Lite", "Max", "Classic", "Terra", "Nova", "Duo", "Mini", "Sol",
          "Alta");

  private static Map<String, List<String>> attrs(String... namesAndValues) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attributes.put(namesAndValues[i], List.of(namesAndValues[i + 1].split("\\|")));
    }
    return attributes;
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
