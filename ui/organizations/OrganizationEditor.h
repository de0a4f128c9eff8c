#pragma once

#include "model/Organization.h"
#include "widgets/EditorDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace kith::ui {

class RowTable;
class TagsEdit;

// Creates or edits an organization, every field of the model included.
class OrganizationEditor final : public EditorDialog
{
    Q_OBJECT

public:
    // `organization.id == 0` creates a new organization.
    OrganizationEditor(Session &session, const Organization &organization,
                       QWidget *parent = nullptr);

    Id savedId() const { return m_saved.id; }
    Organization collect() const;

protected:
    QList<FieldError> validate() const override;
    Status save() override;

private:
    void load(const Organization &organization);

    Organization m_saved;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_website;
    RowTable *m_socialPages;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_country;
    TagsEdit *m_tags;
    QPlainTextEdit *m_notes;
};

} // namespace kith::ui
