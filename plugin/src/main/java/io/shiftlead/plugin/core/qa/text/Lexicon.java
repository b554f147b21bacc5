package io.shiftlead.plugin.core.qa.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in phrase lists, per kind and language (en, de, es, pt, fr). Checks match the union of
 * all languages: helpdesk locales are often wrong (a German customer on an English profile), and a
 * greeting in any of these languages is still a greeting. Lists are deliberately phrase-level
 * ("sorry to hear", not "sorry") to keep false positives down; docs/qa.md lists them for admins.
 */
public final class Lexicon {

  /** What a phrase list stands for. */
  public enum Kind {
    GREETING, CLOSING, EMPATHY, FRUSTRATION, NEXT_STEPS, RESOLUTION_CHECK, NEGATIVE_TONE,
    POSITIVE_TONE, PROHIBITED
  }

  public static final List<String> LANGUAGES = List.of("en", "de", "es", "pt", "fr");

  private static final Map<Kind, Map<String, List<String>>> PHRASES = new EnumMap<>(Kind.class);

  static {
    put(Kind.GREETING,
        List.of("hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening",
            "greetings", "thanks for reaching out", "thank you for reaching out",
            "thank you for contacting", "thanks for contacting", "thanks for getting in touch",
            "thank you for getting in touch", "thank you for your message", "thanks for your message"),
        List.of("hallo", "guten tag", "guten morgen", "guten abend", "liebe", "lieber",
            "sehr geehrte", "sehr geehrter", "moin", "servus", "grüß gott", "hi",
            "danke für ihre nachricht", "vielen dank für ihre nachricht", "danke für deine nachricht"),
        List.of("hola", "buenas", "buenos días", "buenas tardes", "buenas noches", "buen día", "estimado",
            "estimada", "saludos cordiales", "gracias por contactarnos", "gracias por escribirnos",
            "gracias por comunicarte", "gracias por su mensaje"),
        List.of("olá", "ola", "oi", "bom dia", "boa tarde", "boa noite", "prezado", "prezada",
            "caro", "cara", "obrigado pelo contato", "obrigada pelo contato",
            "obrigado por entrar em contato", "obrigada por entrar em contato"),
        List.of("bonjour", "bonsoir", "salut", "cher", "chère", "madame", "monsieur",
            "merci de nous avoir contactés", "merci pour votre message"));
    put(Kind.CLOSING,
        List.of("best regards", "kind regards", "warm regards", "regards", "best wishes", "best",
            "cheers", "sincerely", "all the best", "have a great day", "have a nice day",
            "have a good day", "have a great weekend", "have a lovely day", "take care",
            "thanks again", "many thanks", "thank you", "thanks", "talk soon"),
        List.of("mit freundlichen grüßen", "mit freundlichen gruessen", "freundliche grüße",
            "viele grüße", "beste grüße", "liebe grüße", "herzliche grüße", "schöne grüße", "gruß",
            "schönen tag noch", "einen schönen tag", "vielen dank", "danke"),
        List.of("saludos", "un saludo", "saludos cordiales", "atentamente", "cordialmente",
            "que tengas un buen día", "que tenga un buen día", "feliz día", "gracias",
            "muchas gracias", "un abrazo"),
        List.of("atenciosamente", "abraços", "um abraço", "abs", "cumprimentos",
            "tenha um ótimo dia", "tenha um bom dia", "obrigado", "obrigada", "muito obrigado",
            "muito obrigada", "att"),
        List.of("cordialement", "bien cordialement", "bien à vous", "salutations",
            "meilleures salutations", "bonne journée", "bonne soirée", "excellente journée",
            "merci", "merci beaucoup", "à bientôt"));
    put(Kind.EMPATHY,
        List.of("sorry to hear", "i'm sorry", "i am sorry", "we're sorry", "we are sorry",
            "so sorry", "i apologize", "i apologise", "we apologize", "we apologise",
            "my apologies", "our apologies", "apologies for", "i understand how", "i understand that", "i understand,",
            "i completely understand", "i totally understand", "i can understand",
            "i can imagine", "i can see how", "that must be", "must have been frustrating",
            "thank you for your patience", "thanks for your patience", "i hear you",
            "understandably", "sorry for the"),
        List.of("es tut mir leid", "tut mir sehr leid", "tut uns leid", "es tut uns leid",
            "entschuldigen sie", "entschuldige", "wir entschuldigen uns", "ich entschuldige mich",
            "entschuldigung", "ich verstehe", "ich kann verstehen", "ich kann gut verstehen",
            "verständlicherweise", "danke für ihre geduld", "vielen dank für ihre geduld",
            "bedauern"),
        List.of("lo siento", "lo sentimos", "lamento", "lamentamos", "disculpa", "disculpe",
            "disculpas", "le pido disculpas", "te pido disculpas", "entiendo", "comprendo",
            "gracias por tu paciencia", "gracias por su paciencia"),
        List.of("sinto muito", "lamento", "lamentamos", "desculpe", "desculpa", "pedimos desculpas",
            "peço desculpas", "entendo", "compreendo", "obrigado pela paciência",
            "obrigada pela paciência"),
        List.of("je suis désolé", "je suis désolée", "désolé", "désolée", "nous sommes désolés",
            "toutes nos excuses", "je m'excuse", "nous nous excusons", "veuillez nous excuser",
            "je comprends", "nous comprenons", "merci pour votre patience"));
    put(Kind.FRUSTRATION,
        List.of("frustrated", "frustrating", "annoyed", "annoying", "what happened", "angry", "furious", "upset",
            "disappointed", "unacceptable", "ridiculous", "terrible", "awful", "worst",
            "fed up", "sick of", "still not", "still no", "still waiting", "still broken",
            "third time", "again and again", "no one", "nobody", "waste of time", "useless",
            "not happy", "not acceptable", "cancel my", "this is a joke", "hours on hold",
            "been waiting", "extremely", "seriously"),
        List.of("verärgert", "ärgerlich", "frustriert", "frustrierend", "enttäuscht",
            "unzumutbar", "inakzeptabel", "lächerlich", "schon wieder", "immer noch nicht",
            "immer noch kein", "zum dritten mal", "niemand", "unverschämt", "katastrophe",
            "sauer", "warte seit"),
        List.of("frustrado", "frustrada", "molesto", "molesta", "enfadado", "enojado",
            "decepcionado", "decepcionada", "inaceptable", "ridículo", "terrible", "harto",
            "harta", "todavía no", "aún no", "otra vez", "nadie", "pésimo", "vergüenza",
            "llevo esperando"),
        List.of("frustrado", "frustrada", "irritado", "irritada", "chateado", "chateada",
            "decepcionado", "decepcionada", "inaceitável", "ridículo", "absurdo", "péssimo",
            "ainda não", "de novo", "ninguém", "cansado", "cansada", "estou esperando",
            "um absurdo"),
        List.of("frustré", "frustrée", "énervé", "énervée", "agacé", "déçu", "déçue",
            "inacceptable", "inadmissible", "ridicule", "scandaleux", "toujours pas",
            "encore une fois", "personne", "marre", "j'attends depuis", "lamentable"));
    put(Kind.NEXT_STEPS,
        List.of("i've", "i have", "i will", "i'll", "we will", "we'll", "you can", "you could",
            "you'll", "you will", "please try", "please go to", "please click", "please follow",
            "please update", "please reply", "please send", "go to", "click", "here's how",
            "here is how", "follow these steps", "next step", "next steps", "steps", "within",
            "refund", "refunded", "issued", "i've sent", "we've sent", "i've updated",
            "i've reset", "escalated", "our team will", "expect", "should arrive", "once",
            "you need to", "you have to", "try", "done", "sent", "has been", "have been"),
        List.of("ich habe", "ich werde", "wir werden", "wir haben", "sie können", "du kannst",
            "bitte klicken", "bitte gehen sie", "bitte versuchen", "klicken sie", "gehen sie",
            "folgende schritte", "nächster schritt", "nächsten schritte", "innerhalb",
            "erstattet", "erstattung", "weitergeleitet", "sobald", "erhalten sie", "sie müssen",
            "finden sie", "bitte installieren", "bitte senden", "wurde"),
        List.of("he enviado", "he revisado", "he actualizado", "he procesado", "he reenviado", "hemos", "te enviaré", "le enviaré", "vamos a", "puedes", "puede",
            "por favor haz clic", "haz clic", "haga clic", "ve a", "vaya a", "sigue estos pasos",
            "siga estos pasos", "siguiente paso", "próximos pasos", "en un plazo", "dentro de",
            "reembolso", "reembolsado", "escalado", "recibirás", "recibirá", "una vez", "tiene que",
            "tienes que", "he cambiado", "hacer clic"),
        List.of("eu fiz", "já fiz", "já enviei", "enviei", "vou verificar", "vou enviar", "vamos enviar", "você pode",
            "clique", "acesse", "vá em", "siga estes passos", "próximo passo",
            "próximos passos", "em até", "dentro de", "reembolso", "reembolsado", "encaminhei",
            "você receberá", "assim que", "você tem que", "você precisa"),
        List.of("j'ai", "je vais", "nous allons", "vous pouvez", "veuillez", "cliquez",
            "allez dans", "rendez-vous", "suivez ces étapes", "prochaine étape",
            "prochaines étapes", "sous", "dans les", "remboursement", "remboursé", "transmis", "transmise",
            "vous recevrez", "dès que", "vous devez", "vous trouverez"));
    put(Kind.RESOLUTION_CHECK,
        List.of("anything else", "let me know if", "let us know if", "does that help",
            "did that help", "did this help", "does this help", "did that solve",
            "did this solve", "did that fix", "is everything working", "is there anything",
            "feel free to reply", "feel free to reach out", "just reply to this", "hope this helps",
            "hope that helps", "if you have any other questions", "if you have any questions",
            "if you need anything", "don't hesitate", "do not hesitate", "happy to help further",
            "can i help with", "let me know how it goes"),
        List.of("noch etwas", "sonst noch", "melden sie sich gerne", "melden sie sich",
            "melde dich gerne", "lassen sie mich wissen", "lass mich wissen",
            "bei weiteren fragen", "falls sie weitere fragen", "wenn sie weitere fragen",
            "hat das geholfen", "hilft ihnen das", "funktioniert es jetzt", "stehe ich gerne",
            "stehen wir gerne", "zögern sie nicht"),
        List.of("algo más", "algo mas", "avísame si", "avíseme si", "háganos saber",
            "hazme saber", "no dudes en", "no dude en", "si tienes alguna otra pregunta",
            "si tiene alguna otra pregunta", "si tienes más preguntas", "te sirvió", "le sirvió",
            "funciona ahora", "quedo atento", "quedo atenta", "quedamos atentos"),
        List.of("algo mais", "me avise", "nos avise", "me diga se", "fico à disposição",
            "ficamos à disposição", "estou à disposição", "qualquer dúvida", "não hesite",
            "se tiver outras dúvidas", "se precisar de algo", "isso ajudou", "funcionou",
            "resolveu"),
        List.of("autre chose", "n'hésitez pas", "tenez-moi au courant", "faites-moi savoir",
            "dites-moi si", "si vous avez d'autres questions", "si vous avez des questions",
            "je reste à votre disposition", "nous restons à votre disposition",
            "cela a-t-il résolu", "est-ce que cela fonctionne", "cela vous aide"));
    put(Kind.NEGATIVE_TONE,
        List.of("obviously", "clearly you", "as i said", "as i already said", "as stated",
            "as mentioned before", "as i mentioned", "i already told you", "read the",
            "simply", "just do", "you need to", "you must", "you have to", "you should have",
            "you failed", "your fault", "your problem", "not my problem", "not our problem",
            "whatever", "impossible", "we can't", "we cannot", "can't do anything",
            "nothing we can do", "nothing i can do", "no way", "stop", "wrong", "again",
            "policy is policy", "deal with it", "calm down", "why didn't you", "you didn't",
            "you did not", "for the last time", "no.", "nope"),
        List.of("wie gesagt", "wie bereits gesagt", "wie bereits erwähnt", "offensichtlich",
            "einfach", "sie müssen", "du musst", "ihr problem", "nicht unser problem",
            "ihre schuld", "unmöglich", "können wir nicht", "nichts machen", "falsch",
            "schon wieder", "beruhigen sie sich", "sie hätten"),
        List.of("como ya dije", "como le dije", "como te dije", "obviamente", "simplemente",
            "tiene que", "tienes que", "debe", "su problema", "tu problema", "no es nuestro problema",
            "su culpa", "tu culpa", "imposible", "no podemos", "nada que hacer", "incorrecto",
            "cálmese", "cálmate"),
        List.of("como eu disse", "como já disse", "obviamente", "simplesmente", "você tem que",
            "você precisa", "seu problema", "não é problema nosso", "sua culpa", "impossível",
            "não podemos", "nada a fazer", "errado", "acalme-se", "se acalme"),
        List.of("comme je l'ai dit", "comme déjà dit", "évidemment", "manifestement",
            "simplement", "vous devez", "votre problème", "pas notre problème", "votre faute",
            "impossible", "nous ne pouvons pas", "rien à faire", "faux", "calmez-vous"));
    put(Kind.POSITIVE_TONE,
        List.of("happy to help", "glad to help", "happy to", "glad", "great question",
            "thank you", "thanks", "please", "appreciate", "wonderful", "great news",
            "good news", "absolutely", "of course", "my pleasure", "no problem", "sure"),
        List.of("gerne", "sehr gerne", "vielen dank", "danke", "bitte", "freut mich",
            "gute nachricht", "selbstverständlich", "natürlich"),
        List.of("con gusto", "encantado", "encantada", "gracias", "por favor", "buenas noticias",
            "claro", "por supuesto", "un placer"),
        List.of("com prazer", "obrigado", "obrigada", "por favor", "boa notícia", "boas notícias",
            "claro", "fico feliz", "ficamos felizes"),
        List.of("avec plaisir", "merci", "s'il vous plaît", "bonne nouvelle", "bien sûr",
            "ravi", "ravie", "volontiers"));
    put(Kind.PROHIBITED,
        List.of("calm down", "not my problem", "not our problem", "your fault",
            "you should have known", "as i already said", "i already told you", "we guarantee",
            "guaranteed refund", "100% guaranteed", "there's nothing we can do",
            "there is nothing we can do", "that's not my job", "i don't know", "no idea",
            "deal with it", "shut up", "stupid", "idiot", "legal action", "as i said before"),
        List.of("beruhigen sie sich", "nicht mein problem", "nicht unser problem", "ihre schuld",
            "wir garantieren", "keine ahnung", "wie bereits gesagt", "da kann man nichts machen", "das ist nicht mein job"),
        List.of("cálmese", "cálmate", "no es mi problema", "no es nuestro problema", "su culpa",
            "tu culpa", "como ya dije", "le garantizamos", "garantizado", "ni idea", "no hay nada que hacer"),
        List.of("acalme-se", "se acalme", "não é problema meu", "não é problema nosso",
            "a culpa é sua", "sua culpa", "como já disse", "garantimos", "não faço ideia", "não há nada a fazer"),
        List.of("calmez-vous", "pas mon problème", "pas notre problème", "votre faute",
            "nous garantissons", "comme je l'ai déjà dit", "aucune idée", "on ne peut rien faire", "rien à faire"));
  }

  private Lexicon() {}

  @SafeVarargs
  private static void put(Kind kind, List<String>... perLanguage) {
    Map<String, List<String>> byLanguage = new java.util.LinkedHashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      byLanguage.put(LANGUAGES.get(i), perLanguage[i]);
    }
    PHRASES.put(kind, byLanguage);
  }

  /** One language's phrases of a kind; empty for a language without a list. */
  public static List<String> phrases(Kind kind, String language) {
    return PHRASES.get(kind).getOrDefault(language, List.of());
  }

  /** The phrases of a kind in every language. */
  public static List<String> allLanguages(Kind kind) {
    List<String> all = new ArrayList<>();
    PHRASES.get(kind).values().forEach(all::addAll);
    return all;
  }

  /** A compiled list over every language. */
  public static PhraseList list(Kind kind) {
    return new PhraseList(allLanguages(kind));
  }
}
