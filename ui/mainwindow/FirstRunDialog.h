#pragma once

#include <QDialog>

namespace kith::ui {

// Shown when there is no database yet: explore the demo network, start empty, or open a
// database from elsewhere. Tests preset the choice with setNextChoice().
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Demo,
        Empty,
        OpenExisting,
        Quit
    };

    explicit FirstRunDialog(const QString &databasePath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

    // Shows the dialog (or answers with the preset choice).
    static Choice ask(const QString &databasePath);
    static void setNextChoice(Choice choice);

private:
    Choice m_choice = Choice::Quit;
};

} // namespace kith::ui
