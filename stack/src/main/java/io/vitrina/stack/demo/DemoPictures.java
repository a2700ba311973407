package io.vitrina.stack.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Product pictures for the demo catalog, drawn rather than shipped: a gradient in the shelf's hue
 * with a few soft shapes, different for every product. Only shapes, no text: a headless JDK without
 * fonts draws them too.
 */
final class DemoPictures {
  static final int SIZE = 480;

  private DemoPictures() {}

  /**
   * @param hue the shelf's hue, 0..1
   * @param seed varies the shapes per product
   * @return a PNG
   */
  static byte[] png(float hue, long seed) {
    System.setProperty("java.awt.headless", "true");
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      Color light = Color.getHSBColor(hue, 0.25f, 0.98f);
      Color deep = Color.getHSBColor(hue, 0.65f, 0.75f);
      g.setPaint(new GradientPaint(0, 0, light, SIZE, SIZE, deep));
      g.fillRect(0, 0, SIZE, SIZE);
      for (int i = 0; i < 3 + random.nextInt(3); i++) {
        float shade = 0.3f + random.nextFloat() * 0.6f;
        g.setColor(withAlpha(Color.getHSBColor(hue + random.nextFloat() * 0.08f, shade, 1f), 150));
        int w = 80 + random.nextInt(200);
        int h = 80 + random.nextInt(200);
        int x = random.nextInt(SIZE - w);
        int y = random.nextInt(SIZE - h);
        g.fill(
            random.nextBoolean()
                ? new Ellipse2D.Float(x, y, w, h)
                : new RoundRectangle2D.Float(x, y, w, h, 36, 36));
      }
    } finally {
      g.dispose();
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Color withAlpha(Color color, int alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
  }
}
