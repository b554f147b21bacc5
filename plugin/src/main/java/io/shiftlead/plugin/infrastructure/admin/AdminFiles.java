package io.shiftlead.plugin.infrastructure.admin;

import io.shiftlead.plugin.infrastructure.qa.QaDirectory;
import io.shiftlead.plugin.infrastructure.qa.ScorecardException;
import io.shiftlead.plugin.infrastructure.qa.ScorecardReader;
import io.shiftlead.plugin.infrastructure.rules.RosterReader;
import io.shiftlead.plugin.infrastructure.rules.RuleFileException;
import io.shiftlead.plugin.infrastructure.rules.RuleSetReader;
import io.shiftlead.plugin.infrastructure.rules.RuleSetRepository;
import io.shiftlead.plugin.infrastructure.sla.SlaPolicyException;
import io.shiftlead.plugin.infrastructure.sla.SlaPolicyReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The YAML files the console edits: {@code rules} (the rules directory), {@code sla} (the SLA
 * directory) and {@code qa} ({@code scorecards.yaml}). {@link #save} validates with the same
 * reader the server loads with and writes nothing when there is a problem; a good file replaces
 * the old one atomically (written beside it, then moved over it), then its kind is reloaded: rules,
 * SLA policies and scorecards apply at once (SLA and QA through a {@link Reloader}; without one
 * they apply at the next start). Built-in locations ({@code classpath:...}) are read-only.
 */
public final class AdminFiles {
  /** A file name the console may touch: no directories, no hidden files, YAML only. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\\.ya?ml");

  /** What a save did. */
  public record Saved(String kind, String name, boolean appliedNow, String note) {}

  /** The kinds of file, with how each is validated. */
  public enum Kind {
    RULES, SLA, QA;

    public static Kind of(String wire) {
      try {
        return valueOf(wire.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown kind '" + wire + "': use rules, sla or qa");
      }
    }

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String rulesDirectory;
  private final String slaDirectory;
  private final String qaDirectory;
  private final RuleSetRepository rules;
  private final Runnable reloadRules;
  private final Reloader reloader;

  /** Swaps the running SLA policies or scorecards for what the directory now holds. */
  @FunctionalInterface
  public interface Reloader {
    /**
     * @param name the file just saved
     * @return what now runs, for the answer
     * @throws EditedFileException when the directory as a whole is refused; nothing was swapped
     */
    String reload(Kind kind, String name);
  }

  /** SLA policies and scorecards saved here apply at the next start. */
  public AdminFiles(String rulesDirectory, String slaDirectory, String qaDirectory,
      RuleSetRepository rules, Runnable reloadRules) {
    this(rulesDirectory, slaDirectory, qaDirectory, rules, reloadRules, null);
  }

  /** SLA policies and scorecards saved here are reloaded at once through {@code reloader}. */
  public AdminFiles(String rulesDirectory, String slaDirectory, String qaDirectory,
      RuleSetRepository rules, Runnable reloadRules, Reloader reloader) {
    this.rulesDirectory = rulesDirectory;
    this.slaDirectory = slaDirectory;
    this.qaDirectory = qaDirectory;
    this.rules = rules;
    this.reloadRules = reloadRules;
    this.reloader = reloader;
  }

  /** The YAML files of a kind, by name. */
  public List<String> list(Kind kind) {
    Optional<Path> dir = directory(kind);
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir.get())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
          .filter(n -> kind != Kind.QA || n.equals(QaDirectory.FILE)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.get(), e);
    }
  }

  /** The text of a file; empty when it does not exist. */
  public Optional<String> read(Kind kind, String name) {
    Path file = file(kind, name);
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The problems the server would report for this text under this name; empty when it is good.
   * Nothing is written.
   */
  public List<FileProblem> validate(Kind kind, String name, String text) {
    checkName(kind, name);
    switch (kind) {
      case RULES:
        return validateRules(name, text);
      case SLA:
        return validateSla(name, text);
      default:
        return validateQa(name, text);
    }
  }

  /**
   * Validates, then replaces the file atomically.
   *
   * @throws EditedFileException with every problem; nothing was written
   * @throws IllegalArgumentException for a bad name or a read-only (built-in) location
   */
  public Saved save(Kind kind, String name, String text) {
    Path file = file(kind, name);
    List<FileProblem> problems = validate(kind, name, text);
    if (!problems.isEmpty()) {
      throw new EditedFileException(problems);
    }
    writeAtomically(file, text);
    if (kind == Kind.RULES) {
      reloadRules.run();
      return new Saved(kind.wireName(), name, true, "saved and reloaded");
    }
    if (reloader != null) {
      return new Saved(kind.wireName(), name, true, "saved and reloaded: "
          + reloader.reload(kind, name));
    }
    return new Saved(kind.wireName(), name, false,
        "saved; " + (kind == Kind.SLA ? "SLA policies" : "scorecards")
            + " are read at start-up, so the change applies after a restart");
  }

  private List<FileProblem> validateRules(String name, String text) {
    try {
      if (name.equals(RuleSetRepository.ROSTER_FILE)) {
        new RosterReader().read(name, text);
      } else {
        new RuleSetReader(rules.roster()).read(name, name.replaceFirst("\\.ya?ml$", ""), text);
      }
      return List.of();
    } catch (RuleFileException e) {
      return e.problems().stream().map(p -> new FileProblem(p.file(), p.line(), p.column(),
          p.message(), p.hint())).toList();
    }
  }

  /** SLA files may name calendars of other files: the candidate is read with the others. */
  private List<FileProblem> validateSla(String name, String text) {
    List<SlaPolicyReader.Source> sources = new ArrayList<>();
    for (String other : list(Kind.SLA)) {
      if (!other.equals(name)) {
        sources.add(new SlaPolicyReader.Source(other, read(Kind.SLA, other).orElse("")));
      }
    }
    sources.add(new SlaPolicyReader.Source(name, text));
    try {
      new SlaPolicyReader().read(sources);
      return List.of();
    } catch (SlaPolicyException e) {
      return problems(e);
    }
  }

  /** The SLA reader's problems as the editor shows them. */
  public static List<FileProblem> problems(SlaPolicyException e) {
    return e.problems().stream().map(p -> new FileProblem(p.file(), p.line(), 0, p.message(),
        p.hint())).toList();
  }

  /** The scorecard reader's problem as the editor shows it. */
  public static FileProblem problem(ScorecardException e) {
    String prefix = e.file() + ":" + e.line() + ":" + e.column() + ": ";
    String message = e.getMessage().startsWith(prefix)
        ? e.getMessage().substring(prefix.length()) : e.getMessage();
    if (e.hint() != null) {
      message = message.replace(" (hint: " + e.hint() + ")", "");
    }
    return new FileProblem(e.file(), e.line(), e.column(), message, e.hint());
  }

  private List<FileProblem> validateQa(String name, String text) {
    try {
      new ScorecardReader().read(name, text);
      return List.of();
    } catch (ScorecardException e) {
      return List.of(problem(e));
    }
  }

  private void checkName(Kind kind, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a file name the console edits:"
          + " letters, digits, '_', '-' and '.', ending in .yaml");
    }
    if (kind == Kind.QA && !name.equals(QaDirectory.FILE)) {
      throw new IllegalArgumentException("QA scorecards live in " + QaDirectory.FILE);
    }
  }

  private Path file(Kind kind, String name) {
    checkName(kind, name);
    Path dir = directory(kind).orElseThrow(() -> new IllegalArgumentException(kind.wireName()
        + " files are built in (" + location(kind) + ") or not configured: set "
        + configKey(kind) + " to a directory to edit them"));
    return dir.resolve(name);
  }

  private Optional<Path> directory(Kind kind) {
    String location = location(kind);
    if (location == null || location.isBlank() || location.startsWith("classpath:")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(location));
  }

  private String location(Kind kind) {
    switch (kind) {
      case RULES:
        return rulesDirectory;
      case SLA:
        return slaDirectory;
      default:
        return qaDirectory;
    }
  }

  private static String configKey(Kind kind) {
    return kind == Kind.RULES ? "rulesDirectory" : kind == Kind.SLA ? "slaDirectory"
        : "qaDirectory";
  }

  static void writeAtomically(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
