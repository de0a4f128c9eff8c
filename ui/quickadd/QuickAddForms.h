#pragma once

#include "QuickAddForm.h"
#include "model/Interaction.h"
#include "model/Person.h"
#include "model/Recommendation.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kith::ui {

class RecordPicker;
class TagsEdit;

// A new person from a name, and whatever else is at hand: a headline ("Archivist at
// Denver Public Library"), an e-mail, how you know them, a tag.
class QuickPersonForm final : public QuickAddForm
{
    Q_OBJECT

public:
    explicit QuickPersonForm(Session &session, QWidget *parent = nullptr);

    QWidget *firstField() const override;
    QString title() const override { return tr("Person"); }

protected:
    QList<FieldError> validate() const override;
    Result<Id> save() override;

private:
    Person collect() const;

    QLineEdit *m_name;
    QLineEdit *m_headline;
    QLineEdit *m_email;
    QComboBox *m_relationship;
    TagsEdit *m_tags;
};

// A recommendation given or received, with whom and at which stage.
class QuickRecommendationForm final : public QuickAddForm
{
    Q_OBJECT

public:
    explicit QuickRecommendationForm(Session &session, QWidget *parent = nullptr);

    QWidget *firstField() const override;
    QString title() const override { return tr("Recommendation"); }

protected:
    QList<FieldError> validate() const override;
    Result<Id> save() override;

private:
    Recommendation collect() const;
    void followDirection();

    QComboBox *m_direction;
    RecordPicker *m_person;
    QComboBox *m_status;
    QLineEdit *m_context;
};

// An interaction today with one person, and when to follow up.
class QuickInteractionForm final : public QuickAddForm
{
    Q_OBJECT

public:
    explicit QuickInteractionForm(Session &session, QWidget *parent = nullptr);

    QWidget *firstField() const override;
    QString title() const override { return tr("Interaction"); }

protected:
    QList<FieldError> validate() const override;
    Result<Id> save() override;

private:
    Interaction collect() const;

    QComboBox *m_kind;
    RecordPicker *m_person;
    QLineEdit *m_summary;
    QSpinBox *m_followUpDays;
};

} // namespace kith::ui
