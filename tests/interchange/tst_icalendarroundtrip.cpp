// Kith's calendar read back by Kith: the demo network exported, then imported from that file.
// Everything the calendar carries comes back as it was, so re-importing one's own export
// updates rather than duplicates (the import engine matches the UIDs).

#include "demo/DemoNetwork.h"
#include "interchange/ical/ICalendar.h"
#include "interchange/ical/KithUid.h"
#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace kith;
using namespace kith::test;

class TestICalendarRoundTrip : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_fixture;
    ImportBatch m_batch;

    const Event *incoming(Id id) const
    {
        for (const IncomingEvent &e : m_batch.events) {
            const std::optional<ical::KithUid> uid = ical::parseKithUid(e.event.uid);
            if (uid && uid->kind == ical::KithUidKind::Event && uid->id == id)
                return &e.event;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Status populated = demo::populate(m_fixture.db(), TestDatabase::today());
        QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
        const Result<QByteArray> ics = ical::write(m_fixture.db(), TestDatabase::today());
        QVERIFY2(ics.ok(), qPrintable(ics.errorMessage()));
        Result<ImportBatch> batch = ical::read(*ics, QStringLiteral("kith.ics"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        m_batch = *batch;
    }

    void nothingIsRejected()
    {
        QStringList reasons;
        for (const RejectedRow &row : m_batch.rejected)
            reasons.append(row.where.display() + QStringLiteral(": ") + row.reason);
        QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(u'\n')));
        QVERIFY2(m_batch.notes.isEmpty(), qPrintable(m_batch.notes.join(u'\n')));
    }

    void everyEventComesBack()
    {
        EventStore store(m_fixture.db());
        int dated = 0;
        for (const EventSummary &summary : store.list({}).valueOr({})) {
            const Event stored = store.get(summary.id).valueOr({});
            const Event *read = incoming(stored.id);
            QCOMPARE(read != nullptr, stored.startDate.isValid());
            if (!read)
                continue;
            ++dated;
            QCOMPARE(read->name, stored.name);
            QCOMPARE(read->startDate, stored.startDate);
            QCOMPARE(read->endDate, stored.endDate.isValid() ? stored.endDate : stored.startDate);
            QCOMPARE(read->startTime, stored.startTime);
            QCOMPARE(read->endTime, stored.endTime);
            QCOMPARE(read->timeZone, stored.timeZone);
            QCOMPARE(read->venue, stored.venue);
            QCOMPARE(read->location, stored.location);
            QCOMPARE(read->url, stored.url);
            QCOMPARE(read->status, stored.status);
            QCOMPARE(read->kind, stored.kind);
            QCOMPARE(read->format, stored.format);
            QCOMPARE(read->tags, stored.tags);
            // The cost summary Kith wrote above the notes is not taken for notes.
            QCOMPARE(read->notes, stored.notes);
            QList<Deadline> open;
            for (const Deadline &d : stored.deadlines) {
                if (!d.done)
                    open.append(d);
            }
            QCOMPARE(read->deadlines, open);
        }
        QCOMPARE(m_batch.events.size(), dated);
    }

    void openFollowUpsComeBackWithTheirPeople()
    {
        InteractionStore store(m_fixture.db());
        PersonStore people(m_fixture.db());
        InteractionQuery query;
        query.filter.openFollowUpsOnly = true;
        const QList<InteractionSummary> open = store.list(query).valueOr({});
        QVERIFY(!open.isEmpty());
        QCOMPARE(m_batch.interactions.size(), open.size());
        for (const IncomingInteraction &read : m_batch.interactions) {
            const std::optional<ical::KithUid> uid = ical::parseKithUid(read.interaction.uid);
            QVERIFY(uid && uid->kind == ical::KithUidKind::FollowUp);
            const Interaction stored = store.get(uid->id).valueOr({});
            QCOMPARE(read.interaction.date, stored.date);
            QCOMPARE(read.interaction.kind, stored.kind);
            QCOMPARE(read.interaction.summary, stored.summary);
            QCOMPARE(read.interaction.followUpOn, stored.followUpOn);
            QVERIFY(!read.interaction.followUpDoneOn.isValid());
            QStringList names;
            for (Id person : stored.personIds)
                names.append(people.get(person)->displayName);
            names.sort(Qt::CaseInsensitive);
            QCOMPARE(read.personNames, names);
        }
    }
};

QTEST_GUILESS_MAIN(TestICalendarRoundTrip)
#include "tst_icalendarroundtrip.moc"
