<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliText</name>
    <message>
        <source>Usage: tessera-cli [global options] VERB [arguments] [options]
Runs one Tessera engine operation and prints its result as JSON.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tessera-cli VERB --help&quot; describes one verb. Exit status: 0 done, 2 bad usage or input, 3 refused by the rules, 4 not found, 5 storage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tessera-cli [global options] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: $TESSERA_DB, else tessera.db in the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts, as the journal records it (default: $USER, else &quot;cli&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency key of the change; give the same key to retry safely (default: a fresh UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and schema version as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1; &quot;tessera-cli --help&quot; lists the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 for &quot;%2&quot;; &quot;tessera-cli %2 --help&quot; lists its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a verb; &quot;tessera-cli --help&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; &quot;tessera-cli --help&quot; lists the verbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1 %2&quot;; &quot;%1&quot; takes one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2: tessera-cli %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take &quot;%2&quot;: tessera-cli %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key needs a non-empty key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1; create one with &quot;tessera-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tessera database; create one with &quot;tessera-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no terminal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a whole number greater than zero, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a whole number of zero or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the venues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a venue&apos;s seating plan as pretix JSON, or write it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan to FILE instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event with its ticket types, prices and GA quotas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats per category and state, and what is left of each GA quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every seat of an event with its position, category and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the card products with the codes available and sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order: lines (with ticket codes once paid), payments, refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find orders by number, id, ticket code, customer name or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N orders (default: 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keys of a paid order, for its buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries after a sequence number, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries after SEQ (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default: 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per state, net takings per currency, the last journal sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one --seat, --ga or --card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve seats, GA tickets and card keys until the hold expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event (needed for seats and GA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat by its plan guid; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTY tickets of GA quota QUOTA; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTY card keys of product PRODUCT; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds until the hold expires (default: 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a hold&apos;s inventory back before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell seats, GA tickets and card keys; paid in full, tickets and card keys are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell what this hold reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat by its plan guid, with a ticket type (default: adult); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved payment (cash, card, qr, transfer, voucher) in minor units; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter (default), online or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment against a pending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash, card, qr, transfer or voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved (default), declined or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reference or approval code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s error code, when not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an unpaid order; its inventory goes back on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund a paid order, or some of its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is refunded (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only this line; repeatable (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a ticket in at a gate; a second use is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate scanning the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse tickets of any other event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run any engine command from its JSON request (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as JSON; &quot;-&quot; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card-codes is at most 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or migrate the database; print its terminal id and schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal id of a new database (default: a random one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed the demo venue, an event a week from now and a gift-card product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift-card codes to import (default: 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a venue from a pretix seating plan (&quot;-&quot; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name (default: the plan&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s time zone, e.g. Asia/Shanghai (default: UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event from its create_event JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event as JSON; &quot;-&quot; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a card product (gift card, voucher, top-up code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name, unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in minor units (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV of codes into a product&apos;s pool: all of them or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by another sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date and time with its offset, e.g. 2026-12-31T19:30:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each price must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seating plan has no seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::AddPaymentCommand</name>
    <message>
        <source>A required field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2; only a pending order takes payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is still due on this order; record the amount applied and give the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::CancelOrderCommand</name>
    <message>
        <source>Order %1 is %2; only a pending order can be cancelled (refund a paid one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has %2 paid already; refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::CardCodeCsv</name>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code has leading or trailing whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code contains an invisible or control character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field that starts on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside it (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote; a quote that belongs to the field must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns (such as &quot;code&quot;) and then one code per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is blank; it must be the header naming the columns (such as &quot;code&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank line; remove it or put a code on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no codes, only the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is missing: the first line must name the columns (code, serial, valid_until), but it reads %1. A plain list of codes needs &quot;code&quot; as its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column(s) in the header: %1; the known columns are code, serial and valid_until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column(s) named twice in the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;code&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate code, first seen on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_until %1 is not an ISO 8601 date or date-time from 1970 on, such as 2025-12-31 or 2025-12-31T18:00:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as &quot;CSV UTF-8&quot; (a plain &quot;CSV&quot; from a spreadsheet may use a local encoding such as GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line is invalid; nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines are invalid; nothing was imported. The first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::CatalogQueries</name>
    <message>
        <source>There is no venue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::CommandFactory</name>
    <message>
        <source>Unknown command &quot;%1&quot;; known commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::CreateCardProductCommand</name>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card product with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::CreateEventCommand</name>
    <message>
        <source>The event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales close before they open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket type is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two GA quotas have this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GA quota needs at least one price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this event&apos;s ticket types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no venue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue has no seat category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat category &quot;%1&quot; has no price, so its seats could not be sold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::CreateVenueCommand</name>
    <message>
        <source>A venue is created from a seating plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Customer</name>
    <message>
        <source>A phone number has only digits, spaces, &apos;+&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details are too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Engine</name>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change needs an idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This idempotency key was already used for a different request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::EventOverviewModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (venue time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::HoldCommand</name>
    <message>
        <source>A hold lasts between %1 seconds and %2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ImportCardCodesCommand</name>
    <message>
        <source>Name the card product to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file are invalid; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: this code is already in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold codes that are already in the pool; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::InventoryCache</name>
    <message>
        <source>There is no active hold %1: it was released, expired or turned into an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card product %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::JsonFields</name>
    <message>
        <source>A required field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::JsonPathReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown property &quot;%1&quot;; allowed here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required property &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::LineResolver</name>
    <message>
        <source>Sales for &quot;%1&quot; open at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales for &quot;%1&quot; closed at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and GA tickets need an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not part of this event&apos;s venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not in hold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA quota %1 does not belong to this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 reserves only %2 tickets of &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 tickets of &quot;%2&quot; are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 codes of &quot;%2&quot; are left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>Tessera Box Office — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tessera&lt;/b&gt; %1&lt;br&gt;Box office and operations console.&lt;br&gt;Terminal %2&lt;br&gt;Database %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on this terminal · takings %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::OrderQueries</name>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card keys are shown only for a paid order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::OrderRecord</name>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::PaymentInput</name>
    <message>
        <source>Unknown payment method &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment&apos;s state is &quot;approved&quot;, &quot;declined&quot; or &quot;unknown&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment that did not go through needs its error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each payment must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::RedeemCommand</name>
    <message>
        <source>This is not a valid ticket code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is for another event (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was refunded and is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket&apos;s order is %1, not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used at %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::RefundCommand</name>
    <message>
        <source>A line is given by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same line is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2; only a paid order can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not part of order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was refunded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was used at the gate; a used ticket is not refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to refund on order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::SaleLines</name>
    <message>
        <source>At least one line is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line names exactly one of &quot;seat&quot;, &quot;ga&quot; or &quot;card&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat line has no quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seat is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 items can be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card keys have no ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::Schema</name>
    <message>
        <source>The database was written by a newer Tessera (schema %1, this build knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::SeatPlanParser</name>
    <message>
        <source>a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uuid &quot;%1&quot; is used twice, by %2 and by %3; uuids must be unique across all objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category name is empty; seats refer to categories by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is defined twice, as categories[%2] and categories[%3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;row_number_position&quot; must be &quot;start&quot;, &quot;end&quot;, &quot;both&quot; or null, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat guid is empty; every seat needs a guid that identifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat guid &quot;%1&quot; is used twice, by %2 and by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not defined; the plan&apos;s categories are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;shape&quot; must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seating plan is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seating plan must be a JSON object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::SellCommand</name>
    <message>
        <source>Unknown sales channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sold in %2, the rest of the order in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no ticket type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no price for ticket type &quot;%1&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments (%1) exceed the order total (%2); record the amount applied to the order and give the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::SqliteDb</name>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::main</name>
    <message>
        <source>Database file (default: the demo database in your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, e.g. zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
