package io.shiftlead.testfixtures.generator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Conversation texts per language. Placeholders: {@code {name}} is the customer's first name,
 * {@code {agent}} the agent's. Internal notes are in English: agents write them for each other.
 */
final class Phrasebook {

  /** The texts of one language. {@code openings} holds subject and first message per topic. */
  record Texts(
      Map<Topic, String[]> openings,
      String followUp,
      String moreInfo,
      String agentAsk,
      String agentWorking,
      String agentResolved,
      String csatGood,
      String csatBad) {}

  static final List<String> INTERNAL_NOTES =
      List.of(
          "Checked the payment provider logs: two captures for the same order. Asking finance to void one.",
          "Customer is on the enterprise contract, please keep the SLA in mind.",
          "Reproduced on staging with the customer's settings. Bug filed as ENG-4821.",
          "Identity verified via the last four digits of the card on file.",
          "Handing over to the next shift: waiting for engineering's answer.",
          "Duplicate of an earlier ticket from the same requester; merged context here.");

  private static final Map<Language, Texts> TEXTS = new EnumMap<>(Language.class);

  static {
    TEXTS.put(Language.EN, new Texts(
        openings(
            "Charged twice for my subscription",
            "Hi, I was charged twice for my subscription this month. Can you refund the duplicate payment?",
            "Refund not received",
            "I cancelled my order two weeks ago and I still haven't received my refund.",
            "Can't log in since this morning",
            "Every time I try to log in I get \"Invalid session\" and I'm sent back to the login page.",
            "Data not syncing between devices",
            "Changes I make on my laptop don't show up on my phone anymore. Last sync was 3 days ago.",
            "Password reset email never arrives",
            "I requested a password reset several times but the email never arrives (checked spam too).",
            "Please change the email on my account",
            "I've moved to a new company, please change my login email to my new address."),
        "Any update on this? It's been a while.",
        "Here are the details you asked for. It still happens, I've attached a screenshot.",
        "Hi {name}, thanks for reaching out! Could you send me the exact error message and the time it happened?",
        "Hi {name}, thanks for the details. I've passed this to the team and will get back to you shortly.",
        "Hi {name}, good news: this is now fixed on our side. Please let me know if anything else comes up. Best, {agent}",
        "Quick and friendly, thanks!",
        "Took far too long and nobody told me what was going on."));
    TEXTS.put(Language.DE, new Texts(
        openings(
            "Abo doppelt abgebucht",
            "Hallo, mein Abo wurde diesen Monat zweimal abgebucht. Können Sie die doppelte Zahlung erstatten?",
            "Rückerstattung nicht erhalten",
            "Ich habe meine Bestellung vor zwei Wochen storniert und noch keine Rückerstattung erhalten.",
            "Anmeldung seit heute früh nicht möglich",
            "Bei jedem Anmeldeversuch erscheint „Ungültige Sitzung“ und ich lande wieder auf der Anmeldeseite.",
            "Daten werden nicht mehr synchronisiert",
            "Änderungen am Laptop erscheinen nicht mehr auf dem Handy. Letzte Synchronisierung vor 3 Tagen.",
            "E-Mail zum Zurücksetzen des Passworts kommt nicht an",
            "Ich habe mehrmals ein neues Passwort angefordert, aber die E-Mail kommt nie an (Spam geprüft).",
            "Bitte E-Mail-Adresse ändern",
            "Ich habe den Arbeitgeber gewechselt, bitte ändern Sie meine Anmelde-E-Mail auf die neue Adresse."),
        "Gibt es hierzu schon Neuigkeiten?",
        "Hier die gewünschten Details. Das Problem besteht weiterhin, Screenshot anbei.",
        "Hallo {name}, danke für Ihre Nachricht! Können Sie mir die genaue Fehlermeldung und die Uhrzeit schicken?",
        "Hallo {name}, danke für die Details. Ich habe das ans Team weitergegeben und melde mich in Kürze.",
        "Hallo {name}, gute Nachricht: Das Problem ist behoben. Melden Sie sich gern, falls noch etwas ist. Grüße, {agent}",
        "Schnell und freundlich, danke!",
        "Hat viel zu lange gedauert, und niemand hat mich informiert."));
    TEXTS.put(Language.PT, new Texts(
        openings(
            "Cobrança duplicada na assinatura",
            "Olá, fui cobrada duas vezes pela assinatura este mês. Vocês podem estornar o pagamento duplicado?",
            "Reembolso não recebido",
            "Cancelei meu pedido há duas semanas e ainda não recebi o reembolso.",
            "Não consigo entrar desde hoje cedo",
            "Sempre que tento entrar aparece \"Sessão inválida\" e volto para a página de login.",
            "Dados não sincronizam entre dispositivos",
            "As alterações que faço no notebook não aparecem mais no celular. Última sincronização há 3 dias.",
            "E-mail de redefinição de senha não chega",
            "Pedi a redefinição de senha várias vezes, mas o e-mail nunca chega (já verifiquei o spam).",
            "Alterar o e-mail da minha conta",
            "Mudei de empresa, por favor alterem o e-mail de acesso para o meu novo endereço."),
        "Alguma novidade sobre isso?",
        "Seguem os detalhes que vocês pediram. Ainda acontece, anexei uma captura de tela.",
        "Olá {name}, obrigado pelo contato! Você pode me enviar a mensagem de erro exata e o horário em que aconteceu?",
        "Olá {name}, obrigado pelos detalhes. Encaminhei para a equipe e retorno em breve.",
        "Olá {name}, boa notícia: já está resolvido do nosso lado. Qualquer coisa, é só chamar. Abraço, {agent}",
        "Atendimento rápido e atencioso, obrigada!",
        "Demorou demais e ninguém me explicou o que estava acontecendo."));
    TEXTS.put(Language.ES, new Texts(
        openings(
            "Cobro duplicado de la suscripción",
            "Hola, este mes me cobraron dos veces la suscripción. ¿Pueden devolverme el pago duplicado?",
            "No he recibido el reembolso",
            "Cancelé mi pedido hace dos semanas y todavía no he recibido el reembolso.",
            "No puedo iniciar sesión desde esta mañana",
            "Cada vez que intento entrar aparece «Sesión no válida» y vuelvo a la página de inicio.",
            "Los datos no se sincronizan",
            "Los cambios que hago en el portátil ya no aparecen en el móvil. Última sincronización hace 3 días.",
            "No llega el correo para restablecer la contraseña",
            "He pedido restablecer la contraseña varias veces pero el correo nunca llega (revisé el spam).",
            "Cambiar el correo de mi cuenta",
            "Me cambié de empresa, por favor cambien mi correo de acceso a la nueva dirección."),
        "¿Hay alguna novedad?",
        "Aquí están los detalles que pidieron. Sigue pasando, adjunto una captura.",
        "Hola {name}, ¡gracias por escribirnos! ¿Podrías enviarme el mensaje de error exacto y la hora en que ocurrió?",
        "Hola {name}, gracias por los detalles. Lo he pasado al equipo y te escribo pronto.",
        "Hola {name}, buenas noticias: ya está solucionado. Avísame si necesitas algo más. Saludos, {agent}",
        "¡Rápido y amable, gracias!",
        "Tardaron muchísimo y nadie me dijo qué pasaba."));
    TEXTS.put(Language.FR, new Texts(
        openings(
            "Abonnement prélevé deux fois",
            "Bonjour, mon abonnement a été prélevé deux fois ce mois-ci. Pouvez-vous rembourser le doublon ?",
            "Remboursement non reçu",
            "J'ai annulé ma commande il y a deux semaines et je n'ai toujours pas reçu le remboursement.",
            "Impossible de me connecter depuis ce matin",
            "À chaque tentative, le message « Session invalide » s'affiche et je reviens à la page de connexion.",
            "Les données ne se synchronisent plus",
            "Les modifications faites sur mon ordinateur n'apparaissent plus sur mon téléphone depuis 3 jours.",
            "L'e-mail de réinitialisation n'arrive pas",
            "J'ai demandé plusieurs fois la réinitialisation du mot de passe, mais l'e-mail n'arrive jamais.",
            "Changer l'adresse e-mail du compte",
            "J'ai changé d'entreprise, merci de remplacer mon adresse de connexion par la nouvelle."),
        "Avez-vous du nouveau ?",
        "Voici les détails demandés. Le problème persiste, capture d'écran jointe.",
        "Bonjour {name}, merci de nous avoir contactés ! Pourriez-vous m'envoyer le message d'erreur exact et l'heure ?",
        "Bonjour {name}, merci pour ces détails. J'ai transmis à l'équipe et je reviens vers vous très vite.",
        "Bonjour {name}, bonne nouvelle : c'est corrigé de notre côté. N'hésitez pas si besoin. Cordialement, {agent}",
        "Rapide et sympathique, merci !",
        "Beaucoup trop long, et personne ne m'a tenu informé."));
    TEXTS.put(Language.JA, new Texts(
        openings(
            "サブスクリプションが二重に請求されました",
            "今月のサブスクリプション料金が二回請求されています。重複分の返金をお願いできますか？",
            "返金がまだ届いていません",
            "二週間前に注文をキャンセルしましたが、まだ返金を受け取っていません。",
            "今朝からログインできません",
            "ログインしようとすると「無効なセッション」と表示され、ログイン画面に戻されます。",
            "デバイス間でデータが同期されません",
            "ノートPCでの変更がスマートフォンに反映されません。最後の同期は3日前です。",
            "パスワード再設定メールが届きません",
            "パスワードの再設定を何度か依頼しましたが、メールが届きません（迷惑メールも確認済み）。",
            "アカウントのメールアドレスを変更したい",
            "転職したため、ログイン用のメールアドレスを新しいものに変更してください。"),
        "その後いかがでしょうか？",
        "ご依頼の詳細をお送りします。まだ発生しています。スクリーンショットを添付しました。",
        "{name}様、お問い合わせありがとうございます。正確なエラーメッセージと発生時刻をお知らせいただけますか？",
        "{name}様、詳細をありがとうございます。担当チームに確認しており、追ってご連絡いたします。",
        "{name}様、本件は解決いたしました。ほかにご不明な点があればお知らせください。{agent}",
        "迅速で丁寧な対応でした。ありがとうございます！",
        "時間がかかりすぎで、状況の説明もありませんでした。"));
  }

  private Phrasebook() {}

  static Texts of(Language language) {
    return TEXTS.get(language);
  }

  /** Pairs of (subject, first message) in {@link Topic} declaration order. */
  private static Map<Topic, String[]> openings(String... subjectsAndBodies) {
    Map<Topic, String[]> map = new EnumMap<>(Topic.class);
    Topic[] topics = Topic.values();
    for (int i = 0; i < topics.length; i++) {
      map.put(topics[i], new String[] {subjectsAndBodies[2 * i], subjectsAndBodies[2 * i + 1]});
    }
    return map;
  }
}
