#pragma once

#include "model/Interaction.h"
#include "widgets/EditorDialog.h"

namespace kith::ui {

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

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    struct Fields;
    std::unique_ptr<Fields> m_fields;
    Interaction m_saved;
};

} // namespace kith::ui
