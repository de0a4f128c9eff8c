#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EntityKind.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace kith::ui {

class Session;

// One page of the quick-add dialog: a short form for one kind of record whose rows know
// the model field they edit, so a problem appears beside its field. Problems show once
// the user tries to save, then follow every edit until they are gone.
class QuickAddForm : public QWidget
{
    Q_OBJECT

public:
    QuickAddForm(Session &session, EntityKind kind, QWidget *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    // Where typing starts when the form comes up.
    virtual QWidget *firstField() const = 0;
    virtual QString title() const = 0;

    // Validates, then saves as one undoable step. An empty result means problems were
    // shown (or saving failed, with the reason in the general problem line).
    std::optional<Id> trySave();
    QString problemText(const QString &field) const;

protected:
    // Adds a labelled row for `field` ("displayName", "emails", "person").
    void addRow(const QString &label, QWidget *widget, const QString &field);
    virtual QList<FieldError> validate() const = 0;
    virtual Result<Id> save() = 0;

    Session &session() const { return m_session; }
    void revalidate();

private:
    void watch(QWidget *widget);
    void showProblems(const QList<FieldError> &problems);

    Session &m_session;
    EntityKind m_kind;
    QFormLayout *m_form;
    QLabel *m_generalProblem;
    QHash<QString, QLabel *> m_problemLabels;
    bool m_problemsShown = false;
};

} // namespace kith::ui
