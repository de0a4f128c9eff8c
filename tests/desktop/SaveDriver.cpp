// kith-save-driver: a test-only program for scripts/gui-crash-test. It opens the real main
// window (offscreen) on a database and saves edits to one person through the person
// editor, over and over, until it is killed; each edit writes the same number into the
// person's names, headline, city, notes and tags (other tables), so after a kill every
// field must show one number: all of an edit or none of it.
//   kith-save-driver DB            edit until killed; prints "ready ID", then "saved N"
//   kith-save-driver --keep-every-edit DB   the same, but every edit also adds the tag
//                                    "saved-N" and keeps the earlier ones, so a test can
//                                    check that every save the window reported is on disk
//   kith-save-driver --verify DB ID  prints the edit the person holds (0: none); exit 1 when
//                                    its fields disagree
#include "DesktopFixture.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"
#include "storage/PersonStore.h"
#include "widgets/EditorDialog.h"
#include "widgets/ListSection.h"
#include "widgets/TagsEdit.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace kith;

namespace {

QString field(const char *what, int edit)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(edit);
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int verify(const QString &path, Id id)
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db) {
        say(db.error().message());
        return 1;
    }
    Result<Person> person = PersonStore(**db).get(id);
    if (!person) {
        say(person.error().message());
        return 1;
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Crash Edit (\\d+)$")).match(person->displayName);
    const int edit = match.hasMatch() ? match.captured(1).toInt() : 0;
    QStringList crashTags = person->tags.filter(QRegularExpression(QStringLiteral("^crash-")));
    bool consistent = crashTags.size() <= 1;
    if (edit == 0) {
        consistent = consistent && crashTags.isEmpty() &&
                     !person->givenName.startsWith(QStringLiteral("Given ")) &&
                     !person->notes.startsWith(QStringLiteral("Notes "));
    } else {
        consistent = consistent && person->givenName == field("Given", edit) &&
                     person->familyName == field("Family", edit) &&
                     person->headline == field("Headline", edit) &&
                     person->location.city == field("City", edit) &&
                     person->notes == field("Notes", edit) &&
                     crashTags == QStringList{QStringLiteral("crash-%1").arg(edit)};
    }
    if (!consistent) {
        say(QStringLiteral("inconsistent: %1 | %2 | %3 | %4 | %5 | %6 | %7")
                .arg(person->displayName, person->givenName, person->familyName, person->headline,
                     person->location.city, person->notes, person->tags.join(QLatin1Char(','))));
        return 1;
    }
    say(QString::number(edit));
    return 0;
}

bool keepEveryEdit = false;

// Opens the editor of the selected person, fills every field with `edit` and saves.
void editOnce(ui::MainWindow &window, ui::ListSection *list, Id id, int edit)
{
    test::whenModalShows([edit](QWidget *dialog) {
        auto *editor = qobject_cast<ui::EditorDialog *>(dialog);
        if (!editor) {
            say(QStringLiteral("unexpected dialog %1").arg(dialog->objectName()));
            QCoreApplication::exit(2);
            return;
        }
        const auto set = [editor](const char *name, const QString &text) {
            editor->findChild<QLineEdit *>(QLatin1String(name))->setText(text);
        };
        set("displayNameEdit", field("Crash Edit", edit));
        set("givenNameEdit", field("Given", edit));
        set("familyNameEdit", field("Family", edit));
        set("headlineEdit", field("Headline", edit));
        set("cityEdit", field("City", edit));
        editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(field("Notes", edit));
        auto *tags = editor->findChild<ui::TagsEdit *>(QStringLiteral("tagsEdit"));
        QStringList kept = tags->tags().filter(QRegularExpression(QStringLiteral("^(?!crash-)")));
        kept << QStringLiteral("crash-%1").arg(edit);
        if (keepEveryEdit)
            kept << QStringLiteral("saved-%1").arg(edit);
        tags->setTags(kept);
        editor->saveButton()->click(); // the real save path: validate, perform, store
        if (editor->isVisible()) {
            say(QStringLiteral("save failed"));
            QCoreApplication::exit(3);
        }
    });
    list->showRecord(id); // the list re-sorts after a rename
    list->editAction()->trigger();
    say(QStringLiteral("saved %1").arg(edit));
    QTimer::singleShot(0, &window,
                       [&window, list, id, edit] { editOnce(window, list, id, edit + 1); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("kith-save-driver"));
    QCoreApplication::setApplicationName(QStringLiteral("kith-save-driver"));
    QStringList arguments = QCoreApplication::arguments();
    keepEveryEdit = arguments.removeAll(QStringLiteral("--keep-every-edit")) > 0;
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--verify"))
        return verify(arguments.at(2), arguments.at(3).toLongLong());
    if (arguments.size() != 2) {
        say(QStringLiteral("usage: kith-save-driver [--keep-every-edit] DB | kith-save-driver "
                           "--verify DB ID"));
        return 2;
    }
    Result<std::unique_ptr<ui::Session>> session = ui::Session::open(arguments.at(1), {});
    if (!session) {
        say(session.error().message());
        return 1;
    }
    ui::MainWindow window(std::move(session).value());
    window.show();
    window.showSection(1);
    ui::ListSection *list = window.section(EntityKind::Person);
    list->view()->selectRow(0);
    const Id id = list->currentId();
    say(QStringLiteral("ready %1").arg(id));
    QTimer::singleShot(0, &window, [&window, list, id] { editOnce(window, list, id, 1); });
    return app.exec();
}
