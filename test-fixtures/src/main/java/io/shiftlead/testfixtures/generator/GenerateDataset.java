package io.shiftlead.testfixtures.generator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line export: {@code GenerateDataset <output.jsonl> [count=500] [seed=42]} writes exactly
 * {@code count} tickets in the interchange format.
 */
public final class GenerateDataset {

  private GenerateDataset() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: GenerateDataset <output.jsonl> [count=500] [seed=42]");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      export(seed, count, out);
    }
    System.out.printf("wrote %d tickets (seed %d) to %s%n", count, seed, output.toAbsolutePath());
  }

  /**
   * Writes exactly {@code count} exportable tickets. Deleted tickets cannot be written (the format
   * has no status for them), so this generates the smallest dataset of this seed with enough
   * non-deleted tickets and writes the first {@code count} of them. Deterministic.
   */
  public static void export(long seed, int count, Writer out) throws IOException {
    int size = count;
    Dataset dataset = DatasetGenerator.generate(seed, size);
    while (exportable(dataset) < count) {
      dataset = DatasetGenerator.generate(seed, ++size);
    }
    JsonlWriter.write(dataset, out, count);
  }

  public static String export(long seed, int count) {
    StringWriter out = new StringWriter();
    try {
      export(seed, count, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static long exportable(Dataset dataset) {
    return dataset.tickets().stream().filter(t -> !"deleted".equals(t.status())).count();
  }
}
