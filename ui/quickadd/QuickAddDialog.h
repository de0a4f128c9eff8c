#pragma once

#include "model/Common.h"
#include "model/EntityKind.h"

#include <QDialog>

namespace kith::ui {

class Session;

// Ctrl+N: log a person, a recommendation or an interaction in a few keystrokes. A compact
// form per kind (switch with Alt+1/2/3 or the tabs), Enter saves, Escape cancels.
class QuickAddDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit QuickAddDialog(Session &session, QWidget *parent = nullptr);
    ~QuickAddDialog() override;

    // What was saved, for the main window to select it.
    EntityKind savedKind() const { return m_savedKind; }
    Id savedId() const { return m_savedId; }

    // Shows the form for a kind of record: 0 person, 1 recommendation, 2 interaction.
    void showMode(int mode);
    int mode() const;
    // The problem shown beside `field` of the current form (empty: the form's general line).
    QString problemText(const QString &field) const;

    // Saves the current form when it is valid; otherwise shows why and stays open.
    void accept() override;

private:
    struct Forms;
    Session &m_session;
    std::unique_ptr<Forms> m_forms;
    EntityKind m_savedKind = EntityKind::Person;
    Id m_savedId = 0;
};

} // namespace kith::ui
