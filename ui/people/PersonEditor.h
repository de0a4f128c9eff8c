#pragma once

#include "model/Person.h"
#include "widgets/EditorDialog.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kith::ui {

class DateField;
class RecordPicker;
class RowTable;
class TagsEdit;

// Creates or edits a person, every field of the model included.
class PersonEditor final : public EditorDialog
{
    Q_OBJECT

public:
    // `person.id == 0` creates a new person.
    PersonEditor(Session &session, const Person &person, QWidget *parent = nullptr);

    Id savedId() const { return m_saved.id; }
    Person collect() const;

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    void load(const Person &person);

    Person m_saved;
    QLineEdit *m_displayName;
    QLineEdit *m_givenName;
    QLineEdit *m_familyName;
    QLineEdit *m_headline;
    RowTable *m_roles;
    RowTable *m_emails;
    RowTable *m_phones;
    RowTable *m_profiles;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QList<QCheckBox *> m_relationships;
    RecordPicker *m_metAt;
    RecordPicker *m_metIn;
    RecordPicker *m_introducedBy;
    TagsEdit *m_tags;
    QSpinBox *m_cadence;
    DateField *m_knownSince;
    QPlainTextEdit *m_notes;
};

} // namespace kith::ui
