#pragma once

#include "model/Interaction.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace kith::ui {

class DateField;
class RecordPicker;
class RowTable;
class TagsEdit;

// Creates or edits an interaction: date, kind, people (several), optional event, summary,
// follow-up date and whether it is done, tags. `interaction.id == 0` creates one; the
// people and date given are kept as a starting point ("Log interaction" with Ana).
class InteractionEditor final : public EditorDialog
{
    Q_OBJECT

public:
    InteractionEditor(Session &session, const Interaction &interaction, QWidget *parent = nullptr);
    ~InteractionEditor() override;

    Id savedId() const;
    Interaction collect() const;
    RowTable *peopleTable() const { return m_people; }

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    void load(const Interaction &interaction);

    Interaction m_saved;
    DateField *m_date;
    QComboBox *m_kind;
    RowTable *m_people;
    RecordPicker *m_event;
    QPlainTextEdit *m_summary;
    DateField *m_followUpOn;
    DateField *m_followUpDoneOn;
    TagsEdit *m_tags;
};

} // namespace kith::ui
