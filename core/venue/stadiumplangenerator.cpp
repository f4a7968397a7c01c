// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/stadiumplangenerator.h"

#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tessera {

namespace {

// Generated uuids are name-based (v5) so the same plan always has the same ones.
constexpr QUuid planNamespace(0x7e55e4a0, 0x5eab, 0x4c1a, 0x9d, 0x2f, 0x3b, 0x61, 0x0c, 0x8e, 0x25,
                              0x47);

QString stableUuid(const QString &name)
{
    return QUuid::createUuidV5(planNamespace, name).toString(QUuid::WithoutBraces);
}

// Plans are read by people and diffed; hundredths of a pixel are plenty.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

PlanPoint roundedPoint(double x, double y)
{
    return {rounded(x), rounded(y)};
}

QJsonObject pointJson(double x, double y)
{
    return QJsonObject{{QLatin1String("x"), rounded(x)}, {QLatin1String("y"), rounded(y)}};
}

QJsonObject rectangleArea(const QString &uuidName, double x, double y, int width, int height,
                          const QString &color)
{
    return QJsonObject{{QLatin1String("uuid"), stableUuid(uuidName)},
                       {QLatin1String("shape"), QStringLiteral("rectangle")},
                       {QLatin1String("position"), pointJson(x, y)},
                       {QLatin1String("rectangle"), QJsonObject{{QLatin1String("width"), width},
                                                                {QLatin1String("height"), height}}},
                       {QLatin1String("color"), color},
                       {QLatin1String("border_color"), QStringLiteral("#ffffff")}};
}

QJsonObject textArea(const QString &uuidName, double x, double y, const QString &text, int size)
{
    return QJsonObject{
        {QLatin1String("uuid"), stableUuid(uuidName)},
        {QLatin1String("shape"), QStringLiteral("text")},
        {QLatin1String("position"), pointJson(x, y)},
        {QLatin1String("text"), QJsonObject{{QLatin1String("text"), text},
                                            {QLatin1String("color"), QStringLiteral("#ffffff")},
                                            {QLatin1String("size"), size},
                                            {QLatin1String("position"), pointJson(0, 0)}}}};
}

// --- stadium ---------------------------------------------------------------
//
// The bowl is a "stadium" curve (two straight sides joined by half circles):
// its parallel curves are the same shape with a larger radius, so every row is
// exactly RowPitch further out than the one in front and rows never touch.

constexpr double PitchLength = 1050; // 105 m x 68 m at 10 px per metre
constexpr double PitchWidth = 680;
constexpr double StraightHalf = PitchLength / 2; // the long stands run along the touchlines
constexpr double InnerRadius = PitchWidth / 2 + 80;
constexpr double SeatPitch = 24;       // centre to centre: 20 px seats and a 4 px gap
constexpr double AccessiblePitch = 48; // wheelchair spaces are wider
constexpr int AccessibleRadius = 12;
constexpr double RowPitch = 30;
constexpr double TierGap = 60; // the concourse between two tiers
constexpr double Aisle = 40;   // the gap where two stands meet
constexpr double Margin = 100;

struct Stand
{
    const char *code;
    const char *name;
    bool alongTouchline;
};
constexpr Stand stands[] = {
    {"N", "North", true}, {"E", "East", false}, {"S", "South", true}, {"W", "West", false}};

struct Tier
{
    const char *code;
    const char *name;
};
constexpr Tier tiers[] = {{"A", "Lower"}, {"B", "Middle"}, {"C", "Upper"}};

// One row running all around the bowl; each stand holds a part of it.
struct Ring
{
    double radius = 0;
    int tier = 0;
    int rowInTier = 0;
    bool accessible = false; // the back row of the lower tier: wheelchair platform

    double pitch() const { return accessible ? AccessiblePitch : SeatPitch; }
    int straightSeats() const { return int((2 * StraightHalf - Aisle) / pitch()) + 1; }
    int curveSeats() const { return int((std::numbers::pi * radius - Aisle) / pitch()) + 1; }
    int seatsIn(const Stand &stand) const
    {
        return stand.alongTouchline ? straightSeats() : curveSeats();
    }
    int totalSeats() const { return 2 * straightSeats() + 2 * curveSeats(); }
};

QList<Ring> bowlRings(int rowCount)
{
    const int perUpperTier = rowCount / 3;
    const int tierRows[] = {rowCount - 2 * perUpperTier, perUpperTier, perUpperTier};
    QList<Ring> rings;
    double radius = InnerRadius;
    for (int tier = 0; tier < 3; ++tier) {
        for (int row = 1; row <= tierRows[tier]; ++row) {
            const bool accessible = tier == 0 && row == tierRows[0] && row > 1;
            rings.append({radius, tier, row, accessible});
            radius += RowPitch;
        }
        radius += TierGap;
    }
    return rings;
}

int seatsInBowl(const QList<Ring> &rings)
{
    int total = 0;
    for (const Ring &ring : rings)
        total += ring.totalSeats();
    return total;
}

// The fewest rows (at least one per tier) whose seat count is closest to the target.
QList<Ring> ringsFor(int approxSeats)
{
    QList<Ring> previous = bowlRings(3);
    if (seatsInBowl(previous) >= approxSeats)
        return previous;
    for (int rows = 4;; ++rows) {
        QList<Ring> current = bowlRings(rows);
        const int total = seatsInBowl(current);
        if (total >= approxSeats) {
            return total - approxSeats <= approxSeats - seatsInBowl(previous) ? current : previous;
        }
        previous = std::move(current);
    }
}

QString stadiumCategory(const Stand &stand, const Ring &ring)
{
    if (ring.accessible)
        return QStringLiteral("Accessible");
    if (ring.tier == 2)
        return QStringLiteral("Upper");
    if (ring.tier == 1 && stand.alongTouchline)
        return QStringLiteral("Premium");
    return QStringLiteral("Standard");
}

// The seat's offset from the bowl's centre; seats run clockwise around the
// bowl (North west to east, East north to south...), so numbers do too.
PlanPoint bowlSeatPosition(int standIndex, const Ring &ring, int seat, int count)
{
    const double span = (count - 1) * ring.pitch();
    if (stands[standIndex].alongTouchline) {
        const double along = -span / 2 + seat * ring.pitch();
        return standIndex == 0 ? roundedPoint(along, -ring.radius)
                               : roundedPoint(-along, ring.radius);
    }
    // Angle from the top of the half circle, clockwise; the arc is centred.
    const double angle = std::numbers::pi / 2 + (-span / 2 + seat * ring.pitch()) / ring.radius;
    const double x = StraightHalf + ring.radius * std::sin(angle);
    const double y = -ring.radius * std::cos(angle);
    return standIndex == 1 ? roundedPoint(x, y) : roundedPoint(-x, -y);
}

PlanZone pitchZone(double centreX, double centreY)
{
    PlanZone zone;
    zone.name = QStringLiteral("Pitch");
    zone.zoneId = QStringLiteral("PITCH");
    zone.uuid = stableUuid(QStringLiteral("stadium/zone/PITCH"));
    const QString green = QStringLiteral("#3f8f3a");
    QJsonObject centreCircle{{QLatin1String("uuid"), stableUuid(QStringLiteral("stadium/circle"))},
                             {QLatin1String("shape"), QStringLiteral("circle")},
                             {QLatin1String("position"), pointJson(centreX, centreY)},
                             {QLatin1String("circle"), QJsonObject{{QLatin1String("radius"), 92}}},
                             {QLatin1String("color"), green},
                             {QLatin1String("border_color"), QStringLiteral("#ffffff")}};
    zone.areas = QJsonArray{rectangleArea(QStringLiteral("stadium/pitch"),
                                          centreX - PitchLength / 2, centreY - PitchWidth / 2,
                                          int(PitchLength), int(PitchWidth), green),
                            centreCircle,
                            textArea(QStringLiteral("stadium/label"), centreX, centreY - 200,
                                     QStringLiteral("PITCH"), 48)};
    return zone;
}

// --- theatre ---------------------------------------------------------------

constexpr double TheatreSeatPitch = 26;
constexpr double TheatreRowPitch = 34;
// Stalls rows curve around the middle of the stage front.
constexpr double StageFocusX = 500;
constexpr double StageFocusY = 100;
constexpr double FirstStallsRadius = 200;
constexpr double FirstBalconyDepth = 620;

PlanRow stallsRow(const QString &letter, int index)
{
    PlanRow row;
    row.rowNumber = letter;
    row.rowLabel = NullableString::of(QStringLiteral("Row ") + letter);
    row.uuid = stableUuid(QStringLiteral("theatre/row/S-") + letter);
    const int count = 16 + index;
    const double radius = FirstStallsRadius + index * TheatreRowPitch;
    const double span = (count - 1) * TheatreSeatPitch;
    for (int i = 0; i < count; ++i) {
        const double angle = (-span / 2 + i * TheatreSeatPitch) / radius;
        PlanSeat seat;
        seat.seatNumber = QString::number(i + 1);
        seat.seatGuid = QStringLiteral("S-") + letter + QLatin1Char('-') + seat.seatNumber;
        seat.uuid = stableUuid(QStringLiteral("theatre/seat/") + seat.seatGuid);
        seat.position = roundedPoint(radius * std::sin(angle), radius * std::cos(angle));
        seat.category = QStringLiteral("Stalls");
        // Ordered booking fills a row from either end.
        if (i == 0)
            seat.startDirection = NullableString::of(QStringLiteral(">"));
        else if (i == count - 1)
            seat.startDirection = NullableString::of(QStringLiteral("<"));
        row.seats.append(seat);
    }
    return row;
}

PlanRow balconyRow(const QString &letters, int index)
{
    PlanRow row;
    row.rowNumber = letters;
    row.rowLabel = NullableString::of(QStringLiteral("Balcony row ") + letters);
    row.seatLabel = NullableString::of(QStringLiteral("Seat %s"));
    row.rowNumberPosition = NullableString::of(QStringLiteral("both"));
    row.uuid = stableUuid(QStringLiteral("theatre/row/B-") + letters);
    row.position = PlanPoint{0, FirstBalconyDepth + index * TheatreRowPitch};
    const int count = 18;
    for (int i = 0; i < count; ++i) {
        PlanSeat seat;
        seat.seatNumber = QString::number(i + 1);
        seat.seatGuid = QStringLiteral("B-") + letters + QLatin1Char('-') + seat.seatNumber;
        seat.uuid = stableUuid(QStringLiteral("theatre/seat/") + seat.seatGuid);
        seat.position = roundedPoint((i - (count - 1) / 2.0) * TheatreSeatPitch, 0);
        seat.radius = 11;
        seat.category = QStringLiteral("Balcony");
        row.seats.append(seat);
    }
    return row;
}

} // namespace

SeatPlan StadiumPlanGenerator::stadium(int approxSeats)
{
    const QList<Ring> rings = ringsFor(approxSeats);
    const double outerRadius = rings.last().radius + AccessibleRadius;
    const double centreX = StraightHalf + outerRadius + Margin;
    const double centreY = outerRadius + Margin;

    SeatPlan plan;
    plan.name = QStringLiteral("Tessera Stadium");
    plan.size = {int(std::ceil(2 * centreX)), int(std::ceil(2 * centreY))};
    plan.categories = {{QStringLiteral("Premium"), QStringLiteral("#c9a227")},
                       {QStringLiteral("Standard"), QStringLiteral("#2f6fb5")},
                       {QStringLiteral("Upper"), QStringLiteral("#5b9a45")},
                       {QStringLiteral("Accessible"), QStringLiteral("#8e44ad")}};
    plan.zones.append(pitchZone(centreX, centreY));

    for (int s = 0; s < int(std::size(stands)); ++s) {
        const Stand &stand = stands[s];
        for (int t = 0; t < int(std::size(tiers)); ++t) {
            const QString zoneId =
                QLatin1String(stand.code) + QLatin1Char('-') + QLatin1String(tiers[t].code);
            PlanZone zone;
            zone.name = QLatin1String(stand.name) + QLatin1Char(' ') + QLatin1String(tiers[t].name);
            zone.zoneId = zoneId;
            zone.uuid = stableUuid(QStringLiteral("stadium/zone/") + zoneId);
            for (const Ring &ring : rings) {
                if (ring.tier != t)
                    continue;
                PlanRow row;
                row.rowNumber = QString::number(ring.rowInTier);
                row.uuid = stableUuid(QStringLiteral("stadium/row/") + zoneId + QLatin1Char('-') +
                                      row.rowNumber);
                // Seats are offsets from the bowl's centre, which is the row's position.
                row.position = PlanPoint{rounded(centreX), rounded(centreY)};
                const QString category = stadiumCategory(stand, ring);
                const QString guidPrefix =
                    zoneId + QLatin1Char('-') + row.rowNumber + QLatin1Char('-');
                const int count = ring.seatsIn(stand);
                row.seats.reserve(count);
                for (int i = 0; i < count; ++i) {
                    PlanSeat seat;
                    seat.seatNumber = QString::number(i + 1);
                    seat.seatGuid = guidPrefix + seat.seatNumber;
                    seat.uuid = stableUuid(QStringLiteral("stadium/seat/") + seat.seatGuid);
                    seat.position = bowlSeatPosition(s, ring, i, count);
                    seat.category = category;
                    if (ring.accessible)
                        seat.radius = AccessibleRadius;
                    row.seats.append(std::move(seat));
                }
                zone.rows.append(std::move(row));
            }
            plan.zones.append(std::move(zone));
        }
    }
    return plan;
}

SeatPlan StadiumPlanGenerator::theatre()
{
    SeatPlan plan;
    plan.name = QStringLiteral("Tessera Playhouse");
    plan.size = {1000, 900};
    plan.categories = {{QStringLiteral("Stalls"), QStringLiteral("#2e86de")},
                       {QStringLiteral("Balcony"), QStringLiteral("#e67e22")}};

    PlanZone stage;
    stage.name = QStringLiteral("Stage");
    stage.zoneId = QStringLiteral("STAGE");
    stage.uuid = stableUuid(QStringLiteral("theatre/zone/STAGE"));
    stage.areas = QJsonArray{rectangleArea(QStringLiteral("theatre/stage"), 200, 20, 600,
                                           int(StageFocusY) - 20, QStringLiteral("#5a3e2b")),
                             textArea(QStringLiteral("theatre/stage-label"), StageFocusX, 60,
                                      QStringLiteral("STAGE"), 32)};
    plan.zones.append(stage);

    // Theatres skip the letter I: it reads as 1.
    const QString stallsLetters = QStringLiteral("ABCDEFGHJKL");
    PlanZone stalls;
    stalls.name = QStringLiteral("Stalls");
    stalls.zoneId = QStringLiteral("S");
    stalls.uuid = stableUuid(QStringLiteral("theatre/zone/S"));
    stalls.position = PlanPoint{StageFocusX, StageFocusY};
    for (int i = 0; i < stallsLetters.size(); ++i)
        stalls.rows.append(stallsRow(stallsLetters.mid(i, 1), i));
    plan.zones.append(stalls);

    PlanZone balcony;
    balcony.name = QStringLiteral("Balcony");
    balcony.zoneId = QStringLiteral("B");
    balcony.uuid = stableUuid(QStringLiteral("theatre/zone/B"));
    balcony.position = PlanPoint{StageFocusX, StageFocusY};
    const QString balconyLetters = QStringLiteral("ABCD");
    for (int i = 0; i < balconyLetters.size(); ++i)
        balcony.rows.append(balconyRow(QString(2, balconyLetters.at(i)), i));
    plan.zones.append(balcony);
    return plan;
}

} // namespace tessera
