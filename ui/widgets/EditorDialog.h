#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kith::ui {

class Session;

// Base of every record editor: a form whose rows know the model field they edit, so a
// validation problem ("emails[1]: not an e-mail address") appears under its field, and
// Save stays disabled while anything is invalid.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    EditorDialog(Session &session, const QString &title, QWidget *parent = nullptr);

    QPushButton *saveButton() const;
    // The messages currently shown, by field; tests read them.
    QString problemText(const QString &field) const;

    void accept() override;

protected:
    // Adds a labelled row for `field` (a model field name such as "displayName" or "emails";
    // problems about "emails[2]" go to "emails"). The widget's edits re-run validation.
    void addRow(const QString &label, QWidget *widget, const QString &field = {});
    void addSection(const QString &title);
    void addWidget(QWidget *widget); // full width, below the form
    // Re-validation for widgets added without addRow, or custom ones.
    void watch(QObject *widget);

    // The problems with what the form holds now.
    virtual QList<FieldError> validate() const = 0;
    // Saves what the form holds; called only when validate() found nothing.
    virtual Status save() = 0;

    void revalidate();
    Session &session() const { return m_session; }

private:
    void showProblems(const QList<FieldError> &problems);

    Session &m_session;
    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QLabel *m_generalProblem;
    QHash<QString, QLabel *> m_problemLabels;
};

} // namespace kith::ui
