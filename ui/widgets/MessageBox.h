#pragma once

#include <QMessageBox>

#include <optional>

namespace kith::ui {

// Every message box goes through here so tests can answer it in advance instead of
// blocking on a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // The next box returns `answer` at once; warnings and notes are then just counted.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Texts of the boxes shown while an answer was preset, oldest first; tests read them.
    static QStringList shownTexts();
    static void clearShownTexts();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace kith::ui
