package io.shiftlead.testfixtures.generator;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Person and organization names per language. Each name is "Display:ascii" so that e-mail
 * addresses stay ASCII while display names keep their accents and scripts.
 */
final class NamePool {

  /** A generated person: {@code greeting} is what an agent calls them in a reply. */
  record PersonName(String display, String greeting, String emailLocalPart) {}

  private static final Map<Language, List<String>> FIRST = new EnumMap<>(Language.class);
  private static final Map<Language, List<String>> LAST = new EnumMap<>(Language.class);

  static {
    FIRST.put(Language.EN, List.of("Emma:emma", "Liam:liam", "Olivia:olivia", "Noah:noah",
        "Ava:ava", "James:james", "Mia:mia", "Lucas:lucas", "Harper:harper", "Ethan:ethan"));
    LAST.put(Language.EN, List.of("Smith:smith", "Johnson:johnson", "Brown:brown", "Taylor:taylor",
        "Miller:miller", "Wilson:wilson", "Clark:clark", "O'Neil:oneil"));
    FIRST.put(Language.DE, List.of("Jürgen:juergen", "Anna:anna", "Lukas:lukas", "Sophie:sophie",
        "Jörg:joerg", "Lena:lena", "Maximilian:maximilian", "Mareike:mareike"));
    LAST.put(Language.DE, List.of("Müller:mueller", "Schmidt:schmidt", "Weiß:weiss",
        "Schröder:schroeder", "Becker:becker", "Groß:gross", "Köhler:koehler"));
    FIRST.put(Language.PT, List.of("João:joao", "Ana:ana", "Luíza:luiza", "Mário:mario",
        "Beatriz:beatriz", "Conceição:conceicao", "Thiago:thiago"));
    LAST.put(Language.PT, List.of("Silva:silva", "Gonçalves:goncalves", "Araújo:araujo",
        "Conceição:conceicao", "Pereira:pereira", "Simões:simoes"));
    FIRST.put(Language.ES, List.of("José:jose", "María:maria", "Ángel:angel", "Lucía:lucia",
        "Sofía:sofia", "Íñigo:inigo", "Carmen:carmen"));
    LAST.put(Language.ES, List.of("García:garcia", "Martínez:martinez", "Núñez:nunez",
        "López:lopez", "Fernández:fernandez", "Peña:pena"));
    FIRST.put(Language.FR, List.of("Chloé:chloe", "Hélène:helene", "François:francois",
        "Léa:lea", "Théo:theo", "Zoé:zoe", "Benoît:benoit"));
    LAST.put(Language.FR, List.of("Dubois:dubois", "Lefèvre:lefevre", "Girard:girard",
        "Bérenger:berenger", "Rousseau:rousseau", "Lemaître:lemaitre"));
    FIRST.put(Language.JA, List.of("花子:hanako", "太郎:taro", "さくら:sakura", "健:ken",
        "陽菜:hina", "翔:sho"));
    LAST.put(Language.JA, List.of("佐藤:sato", "鈴木:suzuki", "高橋:takahashi", "田中:tanaka",
        "渡辺:watanabe", "山本:yamamoto"));
  }

  static final List<String> ORGANIZATIONS = List.of(
      "Acme Corp", "Globex", "Initech", "Umbrella Retail", "Stark Logistics", "Wayne Foods",
      "Müller & Söhne GmbH", "Café Lumière", "Padaria São João", "Ferretería Núñez",
      "Hooli", "Vandelay Imports", "Soylent Health", "株式会社さくら商事", "Nordwind AG",
      "Tyrell Systems", "Banco Estrela", "Pâtisserie Bérenger", "Cyberdyne Labs", "Oceanic Air");

  private NamePool() {}

  static PersonName person(Random random, Language language) {
    String[] first = pick(random, FIRST.get(language)).split(":");
    String[] last = pick(random, LAST.get(language)).split(":");
    if (language == Language.JA) {
      // Japanese order is family name first, and a polite reply addresses the family name.
      return new PersonName(last[0] + " " + first[0], last[0], first[1] + "." + last[1]);
    }
    return new PersonName(first[0] + " " + last[0], first[0], first[1] + "." + last[1]);
  }

  /** An ASCII mail domain for an organization name, e.g. "Müller & Söhne GmbH" -> "mullersohnegmbh.example". */
  static String domainFor(int index, String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z]", "");
    return (ascii.length() >= 4 ? ascii : "org" + index) + ".example";
  }

  private static String pick(Random random, List<String> list) {
    return list.get(random.nextInt(list.size()));
  }
}
