#pragma once

#include "model/Recommendation.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace kith::ui {

class DateField;
class RecordPicker;
class TagsEdit;

// Creates or edits a recommendation. The status choices follow the direction: one you
// receive can end "received", one you give "given".
class RecommendationEditor final : public EditorDialog
{
    Q_OBJECT

public:
    // `recommendation.id == 0` creates a new one (possibly prefilled, e.g. to recommend back).
    RecommendationEditor(Session &session, const Recommendation &recommendation,
                         QWidget *parent = nullptr);

    Id savedId() const { return m_saved.id; }
    Recommendation collect() const;

    // The statuses a recommendation in `direction` can have, in lifecycle order.
    static QList<RecommendationStatus> statusesFor(RecommendationDirection direction);

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    void load(const Recommendation &recommendation);
    RecommendationDirection direction() const;
    void directionChanged();
    QLabel *labelFor(QWidget *field) const;

    Recommendation m_saved;
    QComboBox *m_direction;
    RecordPicker *m_person;
    QComboBox *m_platform;
    QComboBox *m_context;
    DateField *m_requestedOn;
    DateField *m_completedOn;
    QLabel *m_completedOnLabel = nullptr;
    QComboBox *m_status;
    QPlainTextEdit *m_text;
    TagsEdit *m_tags;
};

} // namespace kith::ui
