package io.shiftlead.plugin.core.rules;

/** {@code add_note: "text with {{placeholders}}"}: an internal note, posted once per wording. */
public record AddNote(NoteTemplate template) implements Action {

  @Override
  public String type() {
    return "add_note";
  }

  @Override
  public String value() {
    return template.text();
  }

  @Override
  public String apply(ActionContext context) {
    String body = template.render(context);
    context.state().addNote(new RuleNote(context.rule().id(), body));
    return "note: " + (body.length() > 60 ? body.substring(0, 57) + "..." : body);
  }
}
