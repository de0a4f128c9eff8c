#include "FirstRunDialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace kith::ui {

namespace {

std::optional<FirstRunDialog::Choice> preset;

} // namespace

FirstRunDialog::FirstRunDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Kith"));
    setObjectName(QStringLiteral("firstRunDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to Kith").toHtmlEscaped()), this);
    auto *text = new QLabel(tr("Kith keeps your professional network — people, groups, "
                               "recommendations, memberships and the conferences you plan — in "
                               "one file on this computer:\n%1\n\nHow would you like to start?")
                                .arg(QDir::toNativeSeparators(databasePath)),
                            this);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);

    const auto addChoice = [&](const QString &label, const QString &detail, Choice choice,
                               const char *name) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(detail);
        button->setMinimumHeight(36);
        connect(button, &QPushButton::clicked, this, [this, choice] {
            m_choice = choice;
            accept();
        });
        layout->addWidget(button);
        auto *note = new QLabel(detail, this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setContentsMargins(8, 0, 0, 8);
        layout->addWidget(note);
        return button;
    };
    QPushButton *demo = addChoice(tr("&Explore the demo network"),
                                  tr("An invented early-career librarian's network: 40 people, "
                                     "groups, memberships, a conference to plan. Delete it any "
                                     "time by starting a new database."),
                                  Choice::Demo, "demoButton");
    addChoice(tr("&Start empty"),
              tr("Begin with your own contacts, or import them from LinkedIn "
                 "or a vCard file."),
              Choice::Empty, "emptyButton");
    addChoice(tr("&Open an existing database…"),
              tr("A Kith file copied from another computer or "
                 "a backup."),
              Choice::OpenExisting, "openButton");
    demo->setDefault(true);
    demo->setFocus();
}

FirstRunDialog::Choice FirstRunDialog::ask(const QString &databasePath)
{
    if (preset)
        return *std::exchange(preset, std::nullopt);
    FirstRunDialog dialog(databasePath);
    return dialog.exec() == QDialog::Accepted ? dialog.choice() : Choice::Quit;
}

void FirstRunDialog::setNextChoice(Choice choice)
{
    preset = choice;
}

} // namespace kith::ui
