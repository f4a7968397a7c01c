<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliText</name>
    <message>
        <source>Usage: tessera-cli [global options] VERB [arguments] [options]
Runs one Tessera engine operation and prints its result as JSON.
</source>
        <translation>用法：tessera-cli [全局选项] VERB [参数] [选项]
执行一次 Tessera 引擎操作，并以 JSON 格式输出结果。
</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>&quot;tessera-cli VERB --help&quot; describes one verb. Exit status: 0 done, 2 bad usage or input, 3 refused by the rules, 4 not found, 5 storage error.
</source>
        <translation>&quot;tessera-cli VERB --help&quot; 显示某个子命令的说明。退出状态：0 完成，2 用法或输入有误，3 被业务规则拒绝，4 未找到，5 存储错误。
</translation>
    </message>
    <message>
        <source>Usage: tessera-cli [global options] %1</source>
        <translation>用法：tessera-cli [全局选项] %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>The database file (default: $TESSERA_DB, else tessera.db in the application data folder).</source>
        <translation>数据库文件（默认：$TESSERA_DB，未设置时为应用数据文件夹中的 tessera.db）。</translation>
    </message>
    <message>
        <source>Who acts, as the journal records it (default: $USER, else &quot;cli&quot;).</source>
        <translation>操作人，记入日志（默认：$USER，未设置时为 &quot;cli&quot;）。</translation>
    </message>
    <message>
        <source>Idempotency key of the change; give the same key to retry safely (default: a fresh UUID).</source>
        <translation>本次变更的幂等键；使用相同的键可安全重试（默认：新生成的 UUID）。</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>缩进输出的 JSON。</translation>
    </message>
    <message>
        <source>Show the help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>Print the version and schema version as JSON.</source>
        <translation>以 JSON 格式输出版本号和数据库结构版本。</translation>
    </message>
    <message>
        <source>Unknown option %1; &quot;tessera-cli --help&quot; lists the options.</source>
        <translation>未知选项 %1；运行 &quot;tessera-cli --help&quot; 查看所有选项。</translation>
    </message>
    <message>
        <source>Unknown option %1 for &quot;%2&quot;; &quot;tessera-cli %2 --help&quot; lists its options.</source>
        <translation>&quot;%2&quot; 没有选项 %1；运行 &quot;tessera-cli %2 --help&quot; 查看其选项。</translation>
    </message>
    <message>
        <source>%1 needs a value (%2).</source>
        <translation>%1 需要一个值（%2）。</translation>
    </message>
    <message>
        <source>Name a verb; &quot;tessera-cli --help&quot; lists them.</source>
        <translation>请指定子命令；运行 &quot;tessera-cli --help&quot; 查看所有子命令。</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; &quot;tessera-cli --help&quot; lists the verbs.</source>
        <translation>未知子命令 &quot;%1&quot;；运行 &quot;tessera-cli --help&quot; 查看所有子命令。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>&quot;%1&quot; 后须跟以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1 %2&quot;; &quot;%1&quot; takes one of: %3.</source>
        <translation>未知子命令 &quot;%1 %2&quot;；&quot;%1&quot; 后可跟：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2: tessera-cli %3</source>
        <translation>&quot;%1&quot; 缺少 %2：tessera-cli %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take &quot;%2&quot;: tessera-cli %3</source>
        <translation>&quot;%1&quot; 不接受 &quot;%2&quot;：tessera-cli %3</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要一个文件名。</translation>
    </message>
    <message>
        <source>--key needs a non-empty key.</source>
        <translation>--key 需要一个非空的键。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no database at %1; create one with &quot;tessera-cli init&quot;.</source>
        <translation>%1 处没有数据库；请用 &quot;tessera-cli init&quot; 创建。</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>%1 is not a Tessera database; create one with &quot;tessera-cli init&quot;.</source>
        <translation>%1 不是 Tessera 数据库；请用 &quot;tessera-cli init&quot; 创建。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at %2: %3</source>
        <translation>%1 不是有效的 JSON（%2）：%3</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 expects %2, not &quot;%3&quot;.</source>
        <translation>%1 的格式应为 %2，而不是 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>%1 expects a whole number greater than zero, not &quot;%2&quot;.</source>
        <translation>%1 需要大于零的整数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 expects a whole number of zero or more, not &quot;%2&quot;.</source>
        <translation>%1 需要大于或等于零的整数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 is required here.</source>
        <translation>此处必须提供 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>List the venues.</source>
        <translation>列出场馆。</translation>
    </message>
    <message>
        <source>Print a venue&apos;s seating plan as pretix JSON, or write it to a file.</source>
        <translation>以 pretix JSON 格式输出场馆的座位图，或将其写入文件。</translation>
    </message>
    <message>
        <source>Write the plan to FILE instead.</source>
        <translation>改为将座位图写入 FILE。</translation>
    </message>
    <message>
        <source>List the events.</source>
        <translation>列出场次。</translation>
    </message>
    <message>
        <source>One event with its ticket types, prices and GA quotas.</source>
        <translation>查看单个场次及其票种、票价和站票配额。</translation>
    </message>
    <message>
        <source>Seats per category and state, and what is left of each GA quota.</source>
        <translation>按座位分区和状态统计座位，以及各站票配额的余量。</translation>
    </message>
    <message>
        <source>Every seat of an event with its position, category and state.</source>
        <translation>场次的全部座位及其位置、分区和状态。</translation>
    </message>
    <message>
        <source>List the card products with the codes available and sold.</source>
        <translation>列出卡密商品及其可售和已售的卡密数量。</translation>
    </message>
    <message>
        <source>One order: lines (with ticket codes once paid), payments, refunds.</source>
        <translation>查看单个订单：订单明细（付款后含票码）、付款和退款。</translation>
    </message>
    <message>
        <source>Find orders by number, id, ticket code, customer name or phone.</source>
        <translation>按订单号、ID、票码、顾客姓名或手机号查找订单。</translation>
    </message>
    <message>
        <source>At most N orders (default: 50).</source>
        <translation>最多 N 个订单（默认：50）。</translation>
    </message>
    <message>
        <source>Journal entries after a sequence number, oldest first.</source>
        <translation>指定序号之后的日志条目，按时间从早到晚排列。</translation>
    </message>
    <message>
        <source>Only entries after SEQ (default: 0).</source>
        <translation>仅列出 SEQ 之后的条目（默认：0）。</translation>
    </message>
    <message>
        <source>At most N entries (default: 100).</source>
        <translation>最多 N 条（默认：100）。</translation>
    </message>
    <message>
        <source>Orders per state, net takings per currency, the last journal sequence.</source>
        <translation>各状态的订单数、各币种的净营收，以及最新的日志序号。</translation>
    </message>
    <message>
        <source>Name at least one --seat, --ga or --card.</source>
        <translation>请至少指定一个 --seat、--ga 或 --card。</translation>
    </message>
    <message>
        <source>Reserve seats, GA tickets and card keys until the hold expires.</source>
        <translation>预留座位、站票和卡密，直至预留到期。</translation>
    </message>
    <message>
        <source>The event (needed for seats and GA).</source>
        <translation>场次（预留座位和站票时必填）。</translation>
    </message>
    <message>
        <source>A seat by its plan guid; repeat for more.</source>
        <translation>按座位图 guid 指定座位；可重复以指定多个。</translation>
    </message>
    <message>
        <source>QTY tickets of GA quota QUOTA; repeatable.</source>
        <translation>站票配额 QUOTA 的 QTY 张票；可重复。</translation>
    </message>
    <message>
        <source>QTY card keys of product PRODUCT; repeatable.</source>
        <translation>商品 PRODUCT 的 QTY 个卡密；可重复。</translation>
    </message>
    <message>
        <source>Seconds until the hold expires (default: 600).</source>
        <translation>预留的有效时长，单位为秒（默认：600）。</translation>
    </message>
    <message>
        <source>Give a hold&apos;s inventory back before it expires.</source>
        <translation>在预留到期前提前释放其库存。</translation>
    </message>
    <message>
        <source>Sell seats, GA tickets and card keys; paid in full, tickets and card keys are issued.</source>
        <translation>出售座位、站票和卡密；全额付款后即出票并发放卡密。</translation>
    </message>
    <message>
        <source>Sell what this hold reserved.</source>
        <translation>出售该预留锁定的全部库存。</translation>
    </message>
    <message>
        <source>A seat by its plan guid, with a ticket type (default: adult); repeatable.</source>
        <translation>按座位图 guid 指定座位并附带票种（默认：adult）；可重复。</translation>
    </message>
    <message>
        <source>An approved payment (cash, card, qr, transfer, voucher) in minor units; repeatable.</source>
        <translation>一笔已成功的付款（cash、card、qr、transfer、voucher），金额以最小货币单位计；可重复。</translation>
    </message>
    <message>
        <source>The buyer&apos;s name.</source>
        <translation>购买人姓名。</translation>
    </message>
    <message>
        <source>The buyer&apos;s phone number.</source>
        <translation>购买人手机号。</translation>
    </message>
    <message>
        <source>The buyer&apos;s e-mail address.</source>
        <translation>购买人电子邮箱。</translation>
    </message>
    <message>
        <source>counter (default), online or phone.</source>
        <translation>counter（默认）、online 或 phone。</translation>
    </message>
    <message>
        <source>Record a payment against a pending order.</source>
        <translation>为待付款订单登记一笔付款。</translation>
    </message>
    <message>
        <source>cash, card, qr, transfer or voucher.</source>
        <translation>cash、card、qr、transfer 或 voucher。</translation>
    </message>
    <message>
        <source>Amount in minor units.</source>
        <translation>金额，以最小货币单位计。</translation>
    </message>
    <message>
        <source>approved (default), declined or unknown.</source>
        <translation>approved（默认）、declined 或 unknown。</translation>
    </message>
    <message>
        <source>Provider reference or approval code.</source>
        <translation>支付机构流水号或授权码。</translation>
    </message>
    <message>
        <source>The provider&apos;s error code, when not approved.</source>
        <translation>付款未成功时支付机构返回的错误码。</translation>
    </message>
    <message>
        <source>Cancel an unpaid order; its inventory goes back on sale.</source>
        <translation>取消未付款订单；其库存将重新开放销售。</translation>
    </message>
    <message>
        <source>Why it is cancelled.</source>
        <translation>取消原因。</translation>
    </message>
    <message>
        <source>Refund a paid order, or some of its lines.</source>
        <translation>为已付款订单全部退款，或只退其中部分明细。</translation>
    </message>
    <message>
        <source>Why it is refunded (required).</source>
        <translation>退款原因（必填）。</translation>
    </message>
    <message>
        <source>Refund only this line; repeatable (default: all).</source>
        <translation>仅退此明细；可重复（默认：全部）。</translation>
    </message>
    <message>
        <source>Let a ticket in at a gate; a second use is refused.</source>
        <translation>在检票口检票入场；同一张票再次使用将被拒绝。</translation>
    </message>
    <message>
        <source>The gate scanning the ticket.</source>
        <translation>扫描该票的检票口。</translation>
    </message>
    <message>
        <source>Refuse tickets of any other event.</source>
        <translation>拒绝其他场次的票。</translation>
    </message>
    <message>
        <source>Run any engine command from its JSON request (see docs/cli.md).</source>
        <translation>根据 JSON 请求执行任意引擎命令（参见 docs/cli.md）。</translation>
    </message>
    <message>
        <source>The request as JSON; &quot;-&quot; reads standard input.</source>
        <translation>JSON 格式的请求；&quot;-&quot; 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>--card-codes is at most 100000.</source>
        <translation>--card-codes 最大为 100000。</translation>
    </message>
    <message>
        <source>Create or migrate the database; print its terminal id and schema version.</source>
        <translation>创建或迁移数据库；输出其终端 ID 和结构版本。</translation>
    </message>
    <message>
        <source>Terminal id of a new database (default: a random one).</source>
        <translation>新数据库的终端 ID（默认：随机生成）。</translation>
    </message>
    <message>
        <source>Seed the demo venue, an event a week from now and a gift-card product.</source>
        <translation>写入演示数据：演示场馆、一周后的一个场次和一个礼品卡商品。</translation>
    </message>
    <message>
        <source>Gift-card codes to import (default: 50).</source>
        <translation>要导入的礼品卡卡密数量（默认：50）。</translation>
    </message>
    <message>
        <source>Create a venue from a pretix seating plan (&quot;-&quot; reads standard input).</source>
        <translation>根据 pretix 座位图创建场馆（&quot;-&quot; 表示从标准输入读取）。</translation>
    </message>
    <message>
        <source>Venue name (default: the plan&apos;s name).</source>
        <translation>场馆名称（默认：座位图中的名称）。</translation>
    </message>
    <message>
        <source>The venue&apos;s time zone, e.g. Asia/Shanghai (default: UTC).</source>
        <translation>场馆所在时区，例如 Asia/Shanghai（默认：UTC）。</translation>
    </message>
    <message>
        <source>Create an event from its create_event JSON.</source>
        <translation>根据 create_event JSON 创建场次。</translation>
    </message>
    <message>
        <source>The event as JSON; &quot;-&quot; reads standard input.</source>
        <translation>JSON 格式的场次；&quot;-&quot; 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>Create a card product (gift card, voucher, top-up code).</source>
        <translation>创建卡密商品（礼品卡、代金券、充值码）。</translation>
    </message>
    <message>
        <source>Product name, unique.</source>
        <translation>商品名称，不可重复。</translation>
    </message>
    <message>
        <source>Price in minor units (fen).</source>
        <translation>价格，以最小货币单位计（分）。</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. CNY.</source>
        <translation>ISO 4217 币种代码，例如 CNY。</translation>
    </message>
    <message>
        <source>Import a CSV of codes into a product&apos;s pool: all of them or none.</source>
        <translation>将 CSV 中的卡密导入商品的卡密池：要么全部导入，要么全部不导入。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>The supervisor who approves a refund or void.</source>
        <translation>批准退款或作废的主管。</translation>
    </message>
    <message>
        <source>The approving supervisor&apos;s PIN (default: $TESSERA_OVERRIDE_PIN).</source>
        <translation>审批主管的 PIN（默认：$TESSERA_OVERRIDE_PIN）。</translation>
    </message>
    <message>
        <source>Read the passphrase that protects the data key from this environment variable (default: the key file next to the database).</source>
        <translation>从此环境变量读取保护数据密钥的口令（默认：使用数据库所在目录中的密钥文件）。</translation>
    </message>
    <message>
        <source>The environment variable &quot;%1&quot; named by --passphrase-env is empty or not set.</source>
        <translation>--passphrase-env 指定的环境变量 &quot;%1&quot; 为空或未设置。</translation>
    </message>
    <message>
        <source>cashier, supervisor, ops, manager or admin.</source>
        <translation>cashier、supervisor、ops、manager 或 admin。</translation>
    </message>
    <message>
        <source>The member of staff&apos;s PIN (at least 4 characters).</source>
        <translation>员工的 PIN（至少 4 个字符）。</translation>
    </message>
    <message>
        <source>Add a member of staff (the first one is created without logging in).</source>
        <translation>添加员工（创建第一位员工时无需登录）。</translation>
    </message>
    <message>
        <source>The name shown on screen.</source>
        <translation>界面上显示的名称。</translation>
    </message>
    <message>
        <source>Change a member of staff&apos;s role or PIN, switch the account off or on, or unlock it.</source>
        <translation>修改员工的角色或 PIN，停用或启用其账户，或解除锁定。</translation>
    </message>
    <message>
        <source>Switch off.</source>
        <translation>停用账户。</translation>
    </message>
    <message>
        <source>Switch on again.</source>
        <translation>重新启用账户。</translation>
    </message>
    <message>
        <source>Clear a lock-out after wrong PINs.</source>
        <translation>解除因 PIN 输错导致的锁定。</translation>
    </message>
    <message>
        <source>The signed ticket codes of a paid order, as printed on its tickets.</source>
        <translation>已付款订单的签名票码，与票面上打印的一致。</translation>
    </message>
    <message>
        <source>Check a ticket code offline: valid, used, revoked, forged or for another event.</source>
        <translation>离线校验票码：有效、已使用、已作废、伪造或属于其他场次。</translation>
    </message>
    <message>
        <source>The event the gate admits to.</source>
        <translation>该检票口放行的场次。</translation>
    </message>
    <message>
        <source>Print the organizer&apos;s public key (PEM) that gates verify tickets with.</source>
        <translation>输出主办方公钥（PEM），供检票口验票使用。</translation>
    </message>
    <message>
        <source>An anchor printed earlier (SEQ:HASH): also proves nothing before it was rewritten or cut off.</source>
        <translation>此前输出的锚点（SEQ:HASH）：同时可证明锚点之前的内容未被改写或截断。</translation>
    </message>
    <message>
        <source>The card keys of a paid order, for its buyer (once; again only with --reason, audited).</source>
        <translation>向购买人显示已付款订单的卡密（仅一次；再次显示须提供 --reason，并记入审计日志）。</translation>
    </message>
    <message>
        <source>Why the keys are shown again.</source>
        <translation>再次显示卡密的原因。</translation>
    </message>
    <message>
        <source>Say why it was declined with --error-code (the provider&apos;s code).</source>
        <translation>请用 --error-code 说明拒绝原因（支付机构返回的错误码）。</translation>
    </message>
    <message>
        <source>Payments whose outcome is unknown, oldest first: the list to reconcile.</source>
        <translation>结果未知的付款，按时间从早到晚排列：即待对账清单。</translation>
    </message>
    <message>
        <source>Record what the provider says became of a payment whose outcome was unknown; approved, it counts toward its order.</source>
        <translation>按支付机构的答复，登记一笔结果未知的付款的最终结果；若为成功，该笔付款计入其订单。</translation>
    </message>
    <message>
        <source>approved or declined.</source>
        <translation>approved 或 declined。</translation>
    </message>
    <message>
        <source>The provider&apos;s reference for the payment.</source>
        <translation>支付机构为该笔付款提供的流水号。</translation>
    </message>
    <message>
        <source>Why it was declined (required with declined).</source>
        <translation>拒绝原因（状态为 declined 时必填）。</translation>
    </message>
    <message>
        <source>The seat ticket line to exchange.</source>
        <translation>要换座的座位票明细。</translation>
    </message>
    <message>
        <source>The new seat by its plan guid.</source>
        <translation>新座位，按座位图 guid 指定。</translation>
    </message>
    <message>
        <source>%1 expects DENOM:COUNT (a note or coin in minor units and how many), not &quot;%2&quot;.</source>
        <translation>%1 的格式应为 DENOM:COUNT（以最小货币单位计的纸币或硬币面额，及其数量），而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Count the drawer: give --count DENOM:COUNT for each note and coin (a count of 0 is fine).</source>
        <translation>清点钱箱：为每种纸币和硬币各提供一个 --count DENOM:COUNT（数量可以为 0）。</translation>
    </message>
    <message>
        <source>No shift has been opened on terminal %1 yet.</source>
        <translation>终端 %1 尚未开过班。</translation>
    </message>
    <message>
        <source>Why the cash moves (required), e.g. &quot;bank drop&quot;.</source>
        <translation>现金存取原因（必填），例如 &quot;解款存行&quot;。</translation>
    </message>
    <message>
        <source>Open a cash-drawer shift on this terminal with its float.</source>
        <translation>在本终端开班，并登记钱箱备用金。</translation>
    </message>
    <message>
        <source>The change the drawer starts with, in minor units.</source>
        <translation>钱箱的初始备用金（找零用），以最小货币单位计。</translation>
    </message>
    <message>
        <source>The drawer&apos;s currency (default: the newest event&apos;s).</source>
        <translation>钱箱的币种（默认：最新场次的币种）。</translation>
    </message>
    <message>
        <source>Put cash into the open shift&apos;s drawer (AMOUNT in minor units).</source>
        <translation>向当前班次的钱箱存入现金（AMOUNT 以最小货币单位计）。</translation>
    </message>
    <message>
        <source>Take cash out of the open shift&apos;s drawer (AMOUNT in minor units); no more than it should hold.</source>
        <translation>从当前班次的钱箱取出现金（AMOUNT 以最小货币单位计）；不得超过钱箱应有金额。</translation>
    </message>
    <message>
        <source>Close the open shift with the drawer counted; answers expected, counted and the difference.</source>
        <translation>清点钱箱后交班；返回应有金额、实点金额和差额。</translation>
    </message>
    <message>
        <source>COUNT notes or coins of DENOM minor units; repeat for each denomination.</source>
        <translation>面额为 DENOM（最小货币单位）的纸币或硬币共 COUNT 张/枚；每种面额各写一次。</translation>
    </message>
    <message>
        <source>A remark for the Z-report.</source>
        <translation>Z 报表备注。</translation>
    </message>
    <message>
        <source>Print a shift&apos;s Z-report as JSON (default: the open or last shift).</source>
        <translation>以 JSON 格式输出班次的 Z 报表（默认：当前班次或最近一个班次）。</translation>
    </message>
    <message>
        <source>The shift to show.</source>
        <translation>要显示的班次。</translation>
    </message>
    <message>
        <source>Move a seat ticket of a paid order to another seat; a cheaper seat refunds the difference.</source>
        <translation>将已付款订单的座位票换到另一个座位；换到更便宜的座位时退还差价。</translation>
    </message>
    <message>
        <source>For a dearer seat: the approved payment of the difference, in minor units.</source>
        <translation>换到更贵的座位时：已批准的差价付款，以最小货币单位计。</translation>
    </message>
    <message>
        <source>Show, or set with --minutes, how long an unpaid counter order waits before its seats go back on sale.</source>
        <translation>显示（或用 --minutes 设置）柜台未付款订单在座位重新开售前等待多久。</translation>
    </message>
    <message>
        <source>Minutes, at most 1440; 0 keeps unpaid orders until cancelled.</source>
        <translation>分钟数，最多 1440；0 表示未付款订单一直保留到被取消。</translation>
    </message>
    <message>
        <source>The actor&apos;s PIN, once the box office has staff (default: $TESSERA_PIN). Visible to other users in the process list: prefer $TESSERA_PIN or --pin-stdin.</source>
        <translation>操作员的 PIN（票务处已有员工后需要；默认取 $TESSERA_PIN）。写在命令行上其他用户可在进程列表中看到：请优先使用 $TESSERA_PIN 或 --pin-stdin。</translation>
    </message>
    <message>
        <source>Read the actor&apos;s PIN from the first line of standard input (the rest stays the verb&apos;s input, as for &quot;-&quot;).</source>
        <translation>从标准输入的第一行读取操作员的 PIN（其余内容仍作为该命令的输入，如同 &quot;-&quot;）。</translation>
    </message>
    <message>
        <source>--pin-stdin: the first line of standard input holds no PIN.</source>
        <translation>--pin-stdin：标准输入的第一行没有 PIN。</translation>
    </message>
    <message>
        <source>Give the PIN once: --pin or --pin-stdin, not both.</source>
        <translation>PIN 只能给一次：--pin 或 --pin-stdin，不能同时使用。</translation>
    </message>
    <message>
        <source>This box office has staff: give the PIN of --actor &quot;%1&quot; with $TESSERA_PIN, --pin-stdin or --pin.</source>
        <translation>此票务处已有员工：请通过 $TESSERA_PIN、--pin-stdin 或 --pin 提供 --actor &quot;%1&quot; 的 PIN。</translation>
    </message>
    <message>
        <source>This database has no data key yet; run &quot;tessera-cli init&quot;.</source>
        <translation>此数据库还没有数据密钥；请运行 &quot;tessera-cli init&quot;。</translation>
    </message>
    <message>
        <source>%1 is from an older Tessera (schema %2) and must be upgraded by its writer before it can be read, but another program (the console?) is writing it: close or update that program, then run this again. (%3)</source>
        <translation>%1 来自较旧版本的 Tessera（架构 %2），必须先由写入程序升级后才能读取，但另一个程序（控制台？）正在写入它：请关闭或更新该程序后再运行。（%3）</translation>
    </message>
    <message>
        <source>the pinned public key %1 only</source>
        <translation>仅使用固定的公钥 %1</translation>
    </message>
    <message>
        <source>the organizer key sealed in the database</source>
        <translation>数据库中密封的主办方密钥</translation>
    </message>
    <message>
        <source>The audit log failed verification: %1</source>
        <translation>审计日志校验失败：%1</translation>
    </message>
    <message>
        <source>Trust only this public key (PEM, from &quot;ticket public-key&quot;): for a gate without the data key.</source>
        <translation>只信任此公钥（PEM，来自 &quot;ticket public-key&quot;）：用于没有数据密钥的检票口。</translation>
    </message>
    <message>
        <source>Check the whole audit log&apos;s keyed chain and sealed head, and locate the first broken entry (exits 3 when it is broken).</source>
        <translation>检查整个审计日志的密钥链和密封的日志头，并定位第一条损坏的记录（损坏时退出码为 3）。</translation>
    </message>
    <message>
        <source>--date is a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Asia/Shanghai.</source>
        <translation>未知时区“%1”；请使用 IANA 名称，如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>--blind-count is on or off, not &quot;%1&quot;.</source>
        <translation>--blind-count 须为 on 或 off，而不是“%1”。</translation>
    </message>
    <message>
        <source>The business day (default: today).</source>
        <translation>营业日（默认：今天）。</translation>
    </message>
    <message>
        <source>The box office&apos;s time zone (default: the newest venue&apos;s).</source>
        <translation>票务处的时区（默认：最新场馆的时区）。</translation>
    </message>
    <message>
        <source>Show or set which payments need an open shift and whether cashiers count blind.</source>
        <translation>显示或设置哪些付款需要已开班次，以及收银员是否盲点。</translation>
    </message>
    <message>
        <source>none, cash (the default) or all payment methods.</source>
        <translation>none、cash（默认）或 all（所有付款方式）。</translation>
    </message>
    <message>
        <source>on (the default) or off.</source>
        <translation>on（默认）或 off。</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with a server: run tessera-cli sync enrol --server HOST:PORT --code TE1-… first.</source>
        <translation>本终端尚未注册到服务器：请先运行 tessera-cli sync enrol --server 主机:端口 --code TE1-…。</translation>
    </message>
    <message>
        <source>Enrol this terminal with the central server (address and one-time code from tessera-server enrol-code); its certificate is pinned through the code.</source>
        <translation>将本终端注册到中央服务器（地址和 tessera-server enrol-code 生成的一次性注册码）；服务器证书通过注册码锁定。</translation>
    </message>
    <message>
        <source>The server&apos;s address, HOST:PORT.</source>
        <translation>服务器地址，主机:端口。</translation>
    </message>
    <message>
        <source>The one-time enrolment code.</source>
        <translation>一次性注册码。</translation>
    </message>
    <message>
        <source>Ship this terminal&apos;s journal to the server now and apply what the server changed in the catalog and this terminal&apos;s allocation; answers what the server has and what is left to send.</source>
        <translation>立即将本终端的日志发送到服务器，并应用服务器对目录和本终端配额的更改；返回服务器已收到的位置和尚待发送的数量。</translation>
    </message>
    <message>
        <source>This program cannot draw a PDF here; write a .csv or .json.</source>
        <translation>此程序在这里无法生成 PDF；请写成 .csv 或 .json。</translation>
    </message>
    <message>
        <source>This tessera-cli was built without the console, so it writes no PDF; write a .csv or .json.</source>
        <translation>此 tessera-cli 构建时未包含控制台，因此不能写 PDF；请写成 .csv 或 .json。</translation>
    </message>
    <message>
        <source>-o writes a .pdf, .csv or .json file, not &quot;%1&quot;.</source>
        <translation>-o 只写 .pdf、.csv 或 .json 文件，不能写“%1”。</translation>
    </message>
    <message>
        <source>Print the day-end report of every shift and terminal as JSON, or write it as PDF or CSV.</source>
        <translation>以 JSON 输出所有班次和终端的日结报表，或写成 PDF 或 CSV。</translation>
    </message>
    <message>
        <source>Write the report to FILE (.pdf, .csv or .json) instead.</source>
        <translation>改为将报表写入 FILE（.pdf、.csv 或 .json）。</translation>
    </message>
    <message>
        <source>There is no alert rule %1.</source>
        <translation>没有告警规则 %1。</translation>
    </message>
    <message>
        <source>--threshold is a number, e.g. 80 or 2.5.</source>
        <translation>--threshold 须为数字，例如 80 或 2.5。</translation>
    </message>
    <message>
        <source>Give --enable or --disable, not both.</source>
        <translation>请给出 --enable 或 --disable，不能同时给出。</translation>
    </message>
    <message>
        <source>--kind is needed for a new rule.</source>
        <translation>新规则需要 --kind。</translation>
    </message>
    <message>
        <source>--threshold is needed for a new rule.</source>
        <translation>新规则需要 --threshold。</translation>
    </message>
    <message>
        <source>List the alerts that fired, with start and end times, peak value and who acknowledged them.</source>
        <translation>列出已触发的告警，含开始和结束时间、峰值以及确认人。</translation>
    </message>
    <message>
        <source>Only alerts started from this time on (or still open), ms since the epoch.</source>
        <translation>仅列出从此时刻起开始（或仍在触发）的告警，单位为自纪元起的毫秒数。</translation>
    </message>
    <message>
        <source>Only alerts still firing.</source>
        <translation>仅列出仍在触发的告警。</translation>
    </message>
    <message>
        <source>List the alert rules and their thresholds.</source>
        <translation>列出告警规则及其阈值。</translation>
    </message>
    <message>
        <source>Add an alert rule, or change one with --id (ops, manager or admin).</source>
        <translation>新增告警规则，或用 --id 修改已有规则（运维、经理或管理员）。</translation>
    </message>
    <message>
        <source>The rule to change (default: a new rule).</source>
        <translation>要修改的规则（默认：新规则）。</translation>
    </message>
    <message>
        <source>payment_success_below, error_code_above, terminal_silent, backlog_above, stock_below or server_p99_above.</source>
        <translation>payment_success_below、error_code_above、terminal_silent、backlog_above、stock_below 或 server_p99_above。</translation>
    </message>
    <message>
        <source>%, errors per minute, minutes, entries, tickets or ms, by kind.</source>
        <translation>按类型分别为 %、每分钟错误数、分钟、条目数、票数或毫秒。</translation>
    </message>
    <message>
        <source>Minutes a share or a rate is taken over (default: 5).</source>
        <translation>计算比例或速率所用的分钟数（默认：5）。</translation>
    </message>
    <message>
        <source>The error code an error_code_above rule counts.</source>
        <translation>error_code_above 规则统计的错误码。</translation>
    </message>
    <message>
        <source>The event a stock_below rule watches (default: all).</source>
        <translation>stock_below 规则监视的场次（默认：全部）。</translation>
    </message>
    <message>
        <source>The category or GA quota a stock_below rule watches (default: all).</source>
        <translation>stock_below 规则监视的座位分区或站票配额（默认：全部）。</translation>
    </message>
    <message>
        <source>Switch the rule off.</source>
        <translation>停用该规则。</translation>
    </message>
    <message>
        <source>Switch the rule on again.</source>
        <translation>重新启用该规则。</translation>
    </message>
    <message>
        <source>Acknowledge an alert under a name.</source>
        <translation>以某个姓名确认一条告警。</translation>
    </message>
    <message>
        <source>Who acknowledges it.</source>
        <translation>确认人。</translation>
    </message>
    <message>
        <source>%1 is a day as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 应为 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Give either --event or --from and --to, not both.</source>
        <translation>请给出 --event，或 --from 和 --to，不能同时给出。</translation>
    </message>
    <message>
        <source>Say what to report: --event ID, or --from DATE --to DATE.</source>
        <translation>请指定报告范围：--event ID，或 --from 日期 --to 日期。</translation>
    </message>
    <message>
        <source>--from and --to go together: give --%1 too.</source>
        <translation>--from 和 --to 须同时给出：请同时给出 --%1。</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>-o writes a .pdf file, not &quot;%1&quot;.</source>
        <translation>-o 只写 .pdf 文件，不能写“%1”。</translation>
    </message>
    <message>
        <source>This program cannot draw a PDF here.</source>
        <translation>此程序在这里无法生成 PDF。</translation>
    </message>
    <message>
        <source>This tessera-cli was built without the console, so it writes no PDF.</source>
        <translation>此 tessera-cli 构建时未包含控制台，因此不能写 PDF。</translation>
    </message>
    <message>
        <source>Write the run report of an event or a range of days as PDF (-o), and its orders, payments and refunds as CSV (--csv-dir).</source>
        <translation>将某场次或某段日期的运行报告写成 PDF（-o），并将其订单、付款和退款写成 CSV（--csv-dir）。</translation>
    </message>
    <message>
        <source>The event to report on (every sale of it so far).</source>
        <translation>要报告的场次（截至目前的全部销售）。</translation>
    </message>
    <message>
        <source>The first business day of the range.</source>
        <translation>范围内的第一个营业日。</translation>
    </message>
    <message>
        <source>The last business day of the range.</source>
        <translation>范围内的最后一个营业日。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Also write orders.csv, payments.csv and refunds.csv here.</source>
        <translation>同时在此写入 orders.csv、payments.csv 和 refunds.csv。</translation>
    </message>
    <message>
        <source>--csv-dir writes this terminal&apos;s rows; with --every-terminal the report is the PDF only.</source>
        <translation>--csv-dir 写出的是本终端的明细；使用 --every-terminal 时报告只有 PDF。</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with a server: --every-terminal needs one (sync enrol).</source>
        <translation>本终端尚未登记到服务器：--every-terminal 需要先登记（sync enrol）。</translation>
    </message>
    <message>
        <source>Every terminal&apos;s figures and alerts, from the central server (as the member of staff given by --actor and the PIN).</source>
        <translation>所有终端的数据和告警，取自中央服务器（以 --actor 和 PIN 指定的员工身份）。</translation>
    </message>
</context>
<context>
    <name>DashboardNames</name>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>card terminal</source>
        <translation>刷卡终端</translation>
    </message>
    <message>
        <source>sandbox QR</source>
        <translation>沙箱扫码</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Provider unavailable</source>
        <translation>支付服务不可用</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>卡被拒绝</translation>
    </message>
    <message>
        <source>Expired card</source>
        <translation>卡已过期</translation>
    </message>
    <message>
        <source>Cancelled by customer</source>
        <translation>顾客取消</translation>
    </message>
    <message>
        <source>Invalid amount</source>
        <translation>金额无效</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Event</source>
        <translation>演出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>票区</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>Sold out at</source>
        <translation>预计售罄</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <source>available</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>held by another sale</source>
        <translation>已被其他交易锁定</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已封锁</translation>
    </message>
    <message>
        <source>Give a date and time with its offset, e.g. 2026-12-31T19:30:00+08:00.</source>
        <translation>请提供带时区偏移的日期和时间，例如 2026-12-31T19:30:00+08:00。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name such as Asia/Shanghai.</source>
        <translation>&quot;%1&quot; 不是时区；请使用 Asia/Shanghai 这样的时区名称。</translation>
    </message>
    <message>
        <source>The seating plan has no seats.</source>
        <translation>座位图中没有座位。</translation>
    </message>
    <message>
        <source>The venue needs a name.</source>
        <translation>场馆需要名称。</translation>
    </message>
    <message>
        <source>not this counter&apos;s to sell</source>
        <translation>不属于本柜台销售</translation>
    </message>
</context>
<context>
    <name>tessera::A4PageWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>tessera::A4ReportPdf</name>
    <message>
        <source>The page size was refused.</source>
        <translation>页面尺寸不被接受。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot finish %1.</source>
        <translation>无法完成 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::AcknowledgeAlertCommand</name>
    <message>
        <source>Type the name of who acknowledges the alert.</source>
        <translation>请输入确认该告警的人的姓名。</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>没有告警 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::AddPaymentCommand</name>
    <message>
        <source>A required field is missing.</source>
        <translation>缺少必填字段。</translation>
    </message>
    <message>
        <source>Order %1 is %2; only a pending order takes payments.</source>
        <translation>订单 %1 的状态为 %2；只有待付款订单可以登记付款。</translation>
    </message>
    <message>
        <source>Only %1 is still due on this order; record the amount applied and give the change.</source>
        <translation>此订单仅剩 %1 未付；请登记实际计入订单的金额，并找零。</translation>
    </message>
</context>
<context>
    <name>tessera::Aes256Gcm</name>
    <message>
        <source>An AES-256 key is 32 bytes, not %1.</source>
        <translation>AES-256 密钥应为 32 字节，而不是 %1 字节。</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>数据过大，无法一次性加密。</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the data.</source>
        <translation>OpenSSL 无法加密该数据。</translation>
    </message>
    <message>
        <source>The encrypted data is empty.</source>
        <translation>加密数据为空。</translation>
    </message>
    <message>
        <source>The encrypted data has unknown format version %1.</source>
        <translation>加密数据的格式版本 %1 未知。</translation>
    </message>
    <message>
        <source>The encrypted data is cut short: %1 bytes, at least %2 expected.</source>
        <translation>加密数据不完整：只有 %1 字节，至少应有 %2 字节。</translation>
    </message>
    <message>
        <source>The data is too large to decrypt in one piece.</source>
        <translation>数据过大，无法一次性解密。</translation>
    </message>
    <message>
        <source>OpenSSL could not decrypt the data.</source>
        <translation>OpenSSL 无法解密该数据。</translation>
    </message>
    <message>
        <source>The data could not be decrypted: the key is wrong or the data was altered.</source>
        <translation>无法解密数据：密钥错误或数据已被篡改。</translation>
    </message>
</context>
<context>
    <name>tessera::AlertApi</name>
    <message>
        <source>hours takes a whole number of hours from 1 to %1, not &quot;%2&quot;.</source>
        <translation>hours 须为 1 到 %1 之间的整数小时数，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>tessera::AlertBanner</name>
    <message>
        <source>now %1, worst %2, since %3</source>
        <translation>当前 %1，最差 %2，始于 %3</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>已由 %1 于 %2 确认</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <source>Your name (kept with the alert for the run report):</source>
        <translation>您的姓名（随告警保存，用于运营报告）：</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation>告警未确认</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>告警未能确认：%1</translation>
    </message>
</context>
<context>
    <name>tessera::AlertKindLabel</name>
    <message>
        <source>Payment success below</source>
        <translation>支付成功率低于</translation>
    </message>
    <message>
        <source>Error code above</source>
        <translation>错误码次数高于</translation>
    </message>
    <message>
        <source>Terminal silent for</source>
        <translation>终端静默超过</translation>
    </message>
    <message>
        <source>Sync backlog above</source>
        <translation>同步积压高于</translation>
    </message>
    <message>
        <source>Stock below</source>
        <translation>余票低于</translation>
    </message>
    <message>
        <source>Server p99 above</source>
        <translation>服务器 p99 高于</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> 次/分钟</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> 条</translation>
    </message>
    <message>
        <source> tickets</source>
        <translation> 张</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
</context>
<context>
    <name>tessera::AlertRule</name>
    <message>
        <source>A rule&apos;s id is a positive number (0 or none: a new rule).</source>
        <translation>规则 ID 须为正整数（0 或不填：新规则）。</translation>
    </message>
    <message>
        <source>Unknown alert kind &quot;%1&quot;; known kinds: %2.</source>
        <translation>未知告警类型“%1”；已知类型：%2。</translation>
    </message>
    <message>
        <source>The threshold is a number of 0 or more.</source>
        <translation>阈值须为大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>Payment success is a share of 0 to 100 %.</source>
        <translation>支付成功率是 0 到 100 % 之间的比例。</translation>
    </message>
    <message>
        <source>The window is 1 to %1 minutes.</source>
        <translation>时间窗口为 1 到 %1 分钟。</translation>
    </message>
    <message>
        <source>An error-code rule names the error code it counts (e.g. timeout).</source>
        <translation>错误码规则须指定要统计的错误码（例如 timeout）。</translation>
    </message>
    <message>
        <source>The event is an event&apos;s id (0: every event).</source>
        <translation>场次须为场次 ID（0：所有场次）。</translation>
    </message>
    <message>
        <source>Enabled is true or false.</source>
        <translation>enabled 须为 true 或 false。</translation>
    </message>
    <message>
        <source>Payment success below %1 % over %2 min</source>
        <translation>%2 分钟内支付成功率低于 %1 %</translation>
    </message>
    <message>
        <source>Error %1 above %2 per minute over %3 min</source>
        <translation>%3 分钟内错误 %1 高于每分钟 %2 次</translation>
    </message>
    <message>
        <source>A terminal silent for %1 min</source>
        <translation>有终端静默 %1 分钟</translation>
    </message>
    <message>
        <source>Sync backlog above %1 entries</source>
        <translation>同步积压超过 %1 条</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>任一分区</translation>
    </message>
    <message>
        <source>Stock of %1 (event %2) below %3</source>
        <translation>%1（场次 %2）余票低于 %3</translation>
    </message>
    <message>
        <source>Stock of %1 below %2</source>
        <translation>%1 余票低于 %2</translation>
    </message>
    <message>
        <source>Server p99 above %1 ms</source>
        <translation>服务器 p99 高于 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1 次/分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>tessera::AlertRulesDialog</name>
    <message>
        <source>An alert shows as a red banner on the dashboard and sounds once when a rule&apos;s threshold is crossed; it clears by itself when the figure is back. Every alert is kept for the run report.</source>
        <translation>规则阈值被突破时，看板上会出现红色告警横幅并响铃一次；指标恢复后告警自动解除。所有告警都会保存，用于运营报告。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Alert when</source>
        <translation>告警条件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>阈值(&amp;T)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Over the last</source>
        <translation>统计最近</translation>
    </message>
    <message>
        <source>e.g. timeout, insufficient_funds, provider_unavailable</source>
        <translation>例如 timeout、insufficient_funds、provider_unavailable</translation>
    </message>
    <message>
        <source>Error &amp;code</source>
        <translation>错误码(&amp;C)</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>所有场次</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>场次(&amp;E)</translation>
    </message>
    <message>
        <source>Every category (or a name: Stalls, Standing…)</source>
        <translation>所有分区（或填写名称：池座、站票…）</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>分区(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>新建规则(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Only ops, managers and admins change alert rules.</source>
        <translation>只有运维、经理和管理员可以修改告警规则。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;规则 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;New rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;新规则&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Alert rules of %1</source>
        <translation>%1的告警规则</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>tessera::AllocateCardsCommand</name>
    <message>
        <source>Give at least one card key.</source>
        <translation>请至少给出一个卡密。</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; was enrolled before card keys could be sent to it sealed: enrol it again (a new enrolment code) before giving it card keys.</source>
        <translation>终端“%1”登记时尚不支持加密下发卡密：请先用新的注册码重新登记，再为其分配卡密。</translation>
    </message>
    <message>
        <source>There is no card product &quot;%1&quot;.</source>
        <translation>没有卡密商品“%1”。</translation>
    </message>
    <message>
        <source>The server has only %1 card keys of &quot;%2&quot; left to give.</source>
        <translation>服务器上“%2”只剩 %1 个卡密可分配。</translation>
    </message>
</context>
<context>
    <name>tessera::AllocateGaCommand</name>
    <message>
        <source>Give at least one place.</source>
        <translation>请至少分配一个名额。</translation>
    </message>
    <message>
        <source>Event %1 has no GA quota &quot;%2&quot;.</source>
        <translation>场次 %1 没有站票配额“%2”。</translation>
    </message>
    <message>
        <source>Only %1 places of &quot;%2&quot; are left to give.</source>
        <translation>“%2”只剩 %1 个名额可分配。</translation>
    </message>
</context>
<context>
    <name>tessera::AllocateSeatsCommand</name>
    <message>
        <source>There is no terminal &quot;%1&quot;: create it with tessera-server enrol-code first.</source>
        <translation>没有终端“%1”：请先用 tessera-server enrol-code 创建。</translation>
    </message>
    <message>
        <source>Terminal &quot;%1&quot; is revoked.</source>
        <translation>终端“%1”已被吊销。</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>没有场次 %1。</translation>
    </message>
    <message>
        <source>Event %1 is cancelled.</source>
        <translation>场次 %1 已取消。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not in event %2&apos;s venue.</source>
        <translation>座位“%1”不在场次 %2 的场馆中。</translation>
    </message>
    <message>
        <source>Name the seats or give how many, not both and not neither.</source>
        <translation>请指定座位或数量，二者取其一。</translation>
    </message>
    <message>
        <source>The server has only %1 seats of event %2 left to give.</source>
        <translation>服务器只剩场次 %2 的 %1 个座位可分配。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not the server&apos;s to give (sold, held or blocked).</source>
        <translation>座位“%1”不由服务器分配（已售、已锁或已封锁）。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is terminal %2&apos;s already.</source>
        <translation>座位“%1”已分配给终端 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::AllocatedCardKeys</name>
    <message>
        <source>The server sent card keys, but this console was enrolled before card keys could be sent to it: enrol it again with a new code.</source>
        <translation>服务器下发了卡密，但本终端登记时尚不支持接收卡密：请用新的注册码重新登记。</translation>
    </message>
    <message>
        <source>The server&apos;s catalog is malformed at %1: [code id, product, serial, valid until, sealed code] is expected.</source>
        <translation>服务器的目录数据在 %1 处格式错误：应为 [卡密编号, 商品, 序列号, 有效期, 加密卡密]。</translation>
    </message>
    <message>
        <source>Card key %1 from the server does not open with this terminal&apos;s key (%2): nothing was applied.</source>
        <translation>服务器发来的卡密 %1 无法用本终端的密钥解开（%2）：未应用任何内容。</translation>
    </message>
</context>
<context>
    <name>tessera::AllocationVerbs</name>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation>服务器的数据目录。</translation>
    </message>
    <message>
        <source>The terminal&apos;s name.</source>
        <translation>终端名称。</translation>
    </message>
    <message>
        <source>The event&apos;s id.</source>
        <translation>场次编号。</translation>
    </message>
    <message>
        <source>Seats by their plan ids, separated by commas.</source>
        <translation>座位图中的座位编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>How many of the server&apos;s seats to give.</source>
        <translation>从服务器分配的座位数量。</translation>
    </message>
    <message>
        <source>A GA quota&apos;s name.</source>
        <translation>站票配额名称。</translation>
    </message>
    <message>
        <source>How many places of the GA quota to give.</source>
        <translation>分配的站票名额数量。</translation>
    </message>
    <message>
        <source>%1 needs --data DIR, --terminal NAME and --event ID.</source>
        <translation>%1 需要 --data 目录、--terminal 名称和 --event 编号。</translation>
    </message>
    <message>
        <source>--event takes an event&apos;s id (a number), not &quot;%1&quot;.</source>
        <translation>--event 需要场次编号（数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>allocate takes one of --seats, --count or --ga (with --places).</source>
        <translation>allocate 需要 --seats、--count 或 --ga（配合 --places）之一。</translation>
    </message>
    <message>
        <source>--seats names no seat.</source>
        <translation>--seats 未指定任何座位。</translation>
    </message>
    <message>
        <source>--%1 takes a number above 0, not &quot;%2&quot;.</source>
        <translation>--%1 需要大于 0 的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>--ga needs --places N.</source>
        <translation>--ga 需要 --places 数量。</translation>
    </message>
    <message>
        <source>How many places of the GA quota to take back (all unsold when not given).</source>
        <translation>要收回的站票配额名额数（不指定时收回全部未售名额）。</translation>
    </message>
    <message>
        <source>take-back takes --seats or --ga (with --places, or all), not both.</source>
        <translation>take-back 只能使用 --seats 或 --ga（配合 --places，或收回全部）之一，不能同时使用。</translation>
    </message>
    <message>
        <source>--places goes with --ga NAME.</source>
        <translation>--places 需要与 --ga 名称一起使用。</translation>
    </message>
    <message>
        <source>allocate --card needs --data DIR, --terminal NAME and --codes N.</source>
        <translation>allocate --card 需要 --data 目录、--terminal 名称 和 --codes 数量。</translation>
    </message>
    <message>
        <source>--codes takes a number above 0, not &quot;%1&quot;.</source>
        <translation>--codes 需要大于 0 的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>A card product&apos;s name: give that many of its card keys.</source>
        <translation>卡密商品名称：分配该商品的卡密。</translation>
    </message>
    <message>
        <source>How many card keys of the product to give.</source>
        <translation>要分配的该商品卡密数量。</translation>
    </message>
    <message>
        <source>take-back --card needs --data DIR and --terminal NAME.</source>
        <translation>take-back --card 需要 --data 目录 和 --terminal 名称。</translation>
    </message>
    <message>
        <source>Card keys belong to no event: %1 --card takes no --event.</source>
        <translation>卡密不属于任何场次：%1 --card 不接受 --event。</translation>
    </message>
    <message>
        <source>How many card keys of the product to take back (all unsold when not given).</source>
        <translation>要收回的该商品卡密数量（不指定时收回全部未售的）。</translation>
    </message>
    <message>
        <source>--codes goes with --card PRODUCT.</source>
        <translation>--codes 须与 --card 商品 一起使用。</translation>
    </message>
</context>
<context>
    <name>tessera::ApplyCatalogCommand</name>
    <message>
        <source>The server&apos;s catalog is malformed at %1: %2.</source>
        <translation>服务器的目录数据在 %1 处格式错误：%2。</translation>
    </message>
    <message>
        <source>a row of %1 values is expected</source>
        <translation>应为包含 %1 个值的一行</translation>
    </message>
    <message>
        <source>not a valid key</source>
        <translation>不是有效的键</translation>
    </message>
    <message>
        <source>a whole number of 0 or more is expected</source>
        <translation>应为大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>the version is older than &quot;since&quot;</source>
        <translation>版本早于“since”</translation>
    </message>
    <message>
        <source>not a catalog table</source>
        <translation>不是目录表</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>[event, seat, 1 or 0] is expected</source>
        <translation>应为 [场次, 座位, 1 或 0]</translation>
    </message>
    <message>
        <source>[quota, places] is expected</source>
        <translation>应为 [配额, 名额]</translation>
    </message>
    <message>
        <source>This console has a venue of its own, &quot;%1&quot;, under the id the server uses for &quot;%2&quot; (%3). A terminal takes the server&apos;s catalog: enrol a new console database.</source>
        <translation>本控制台有自己的场馆“%1”，其编号与服务器的“%2”（%3）相同。终端使用服务器的目录：请用新的控制台数据库注册。</translation>
    </message>
    <message>
        <source>seat %1 of event %2 is not in the catalog</source>
        <translation>场次 %2 的座位 %1 不在目录中</translation>
    </message>
    <message>
        <source>This catalog follows version %1, but the terminal has version %2: pull again.</source>
        <translation>此目录基于版本 %1，而终端的版本是 %2：请重新拉取。</translation>
    </message>
    <message>
        <source>a card key&apos;s id is expected</source>
        <translation>应为卡密编号</translation>
    </message>
</context>
<context>
    <name>tessera::AuditAnchor</name>
    <message>
        <source>An audit anchor looks like &quot;&lt;entry&gt;:&lt;64 hex digits&gt;&quot;</source>
        <translation>审计锚点的格式应为 &quot;&lt;entry&gt;:&lt;64 hex digits&gt;&quot;，即条目序号、冒号和 64 位十六进制数</translation>
    </message>
</context>
<context>
    <name>tessera::AuditChainSealer</name>
    <message>
        <source>The audit log is broken (%1); it was not re-keyed, so the damage stays visible. Run &quot;tessera-cli audit verify&quot;.</source>
        <translation>审计日志已损坏（%1）；未重新加密密钥，损坏痕迹保持可见。请运行 &quot;tessera-cli audit verify&quot;。</translation>
    </message>
</context>
<context>
    <name>tessera::AuditEntryHasher</name>
    <message>
        <source>Cannot compute the audit entry&apos;s SHA-256 hash</source>
        <translation>无法计算审计条目的 SHA-256 哈希值</translation>
    </message>
</context>
<context>
    <name>tessera::AuditLog</name>
    <message>
        <source>The audit action &quot;%1&quot; is not a snake_case name</source>
        <translation>审计操作 &quot;%1&quot; 不是 snake_case 格式的名称</translation>
    </message>
    <message>
        <source>The audit log cannot be written without the data key.</source>
        <translation>没有数据密钥无法写入审计日志。</translation>
    </message>
</context>
<context>
    <name>tessera::AuditVerifier</name>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>第 %1 条在写入后被修改</translation>
    </message>
    <message>
        <source>entry 1 is missing (the log starts at entry 2)</source>
        <translation>第 1 条缺失（日志从第 2 条开始）</translation>
    </message>
    <message>
        <source>entries 1 to %1 are missing (the log starts at entry %2)</source>
        <translation>第 1 至 %1 条缺失（日志从第 %2 条开始）</translation>
    </message>
    <message>
        <source>entry %1 is missing (%2 is followed by %3)</source>
        <translation>第 %1 条缺失（第 %2 条之后紧接第 %3 条）</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing (%3 is followed by %4)</source>
        <translation>第 %1 至 %2 条缺失（第 %3 条之后紧接第 %4 条）</translation>
    </message>
    <message>
        <source>entry 1 is missing (the log starts at entry 2, renumbered as 1)</source>
        <translation>第 1 条缺失（日志从原第 2 条开始，该条已被重新编号为 1）</translation>
    </message>
    <message>
        <source>entries 1 to %1 are missing (the log starts at entry %2, renumbered as 1)</source>
        <translation>第 1 至 %1 条缺失（日志从原第 %2 条开始，该条已被重新编号为 1）</translation>
    </message>
    <message>
        <source>entry %1 is missing (%2 is followed by %3, renumbered as %1)</source>
        <translation>第 %1 条缺失（第 %2 条之后紧接原第 %3 条，该条已被重新编号为 %1）</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing (%3 is followed by %4, renumbered as %1)</source>
        <translation>第 %1 至 %2 条缺失（第 %3 条之后紧接原第 %4 条，该条已被重新编号为 %1）</translation>
    </message>
    <message>
        <source>entry %1 was replaced after it was written (entry %2 no longer follows it)</source>
        <translation>第 %1 条在写入后被替换（第 %2 条已不再与其衔接）</translation>
    </message>
    <message>
        <source>entry %1 is out of order: its place holds entry %2</source>
        <translation>第 %1 条顺序错乱：其位置上是第 %2 条</translation>
    </message>
    <message>
        <source>entry %1 should not exist (the log starts at entry 1)</source>
        <translation>不应存在第 %1 条（日志应从第 1 条开始）</translation>
    </message>
    <message>
        <source>the log was rewritten at or before entry %1 (it no longer matches the anchor)</source>
        <translation>日志在第 %1 条或更早处被改写（已与锚点不符）</translation>
    </message>
    <message>
        <source>the log was truncated: it ends at entry %1 but the anchor records entry %2</source>
        <translation>日志已被截断：日志止于第 %1 条，但锚点记录的是第 %2 条</translation>
    </message>
    <message>
        <source>the log&apos;s sealed head record is missing or was forged: the end of the log cannot be vouched for</source>
        <translation>日志密封的头记录缺失或被伪造：无法保证日志末尾的完整性</translation>
    </message>
    <message>
        <source>the log was cut short: it ends at entry %1 but its sealed head records entry %2</source>
        <translation>日志被截短：它止于第 %1 条，但密封的头记录为第 %2 条</translation>
    </message>
    <message>
        <source>entries after %1 are not covered by the log&apos;s sealed head record</source>
        <translation>第 %1 条之后的记录不在日志密封头记录的覆盖范围内</translation>
    </message>
    <message>
        <source>entry %1 is not the entry the log&apos;s sealed head record names</source>
        <translation>第 %1 条不是日志密封头记录所指的那一条</translation>
    </message>
    <message>
        <source>the log is intact but not yet sealed under the data key (an older file; the engine seals it when it next opens it)</source>
        <translation>日志完整，但尚未用数据密钥密封（旧文件；引擎下次打开时会密封它）</translation>
    </message>
    <message>
        <source>The audit log is sealed under the data key; it cannot be verified without it.</source>
        <translation>审计日志已用数据密钥密封；没有数据密钥无法校验。</translation>
    </message>
</context>
<context>
    <name>tessera::BatchApplier</name>
    <message>
        <source>This idempotency key was already used for a different request.</source>
        <translation>此幂等键已用于另一个不同的请求。</translation>
    </message>
    <message>
        <source>This request was made by %1; only they or a supervisor may see its answer again.</source>
        <translation>此请求由 %1 发出；只有其本人或主管可以再次查看其结果。</translation>
    </message>
    <message>
        <source>The batch&apos;s transaction was rolled back.</source>
        <translation>该批次的事务已回滚。</translation>
    </message>
</context>
<context>
    <name>tessera::CancelEventCommand</name>
    <message>
        <source>Say why the event is cancelled: the refunds carry the reason.</source>
        <translation>请说明取消场次的原因：退款记录会带上此原因。</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>没有场次 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled already.</source>
        <translation>“%1”已被取消。</translation>
    </message>
</context>
<context>
    <name>tessera::CancelOrderCommand</name>
    <message>
        <source>Order %1 is %2; only a pending order can be cancelled (refund a paid one).</source>
        <translation>订单 %1 的状态为 %2；只有待付款订单可以取消（已付款订单请办理退款）。</translation>
    </message>
    <message>
        <source>Order %1 has %2 paid already; refund it instead.</source>
        <translation>订单 %1 已付款 %2；请改为办理退款。</translation>
    </message>
</context>
<context>
    <name>tessera::CardCodeCsv</name>
    <message>
        <source>the code is empty</source>
        <translation>卡密为空</translation>
    </message>
    <message>
        <source>the code has leading or trailing whitespace</source>
        <translation>卡密首尾有空白字符</translation>
    </message>
    <message>
        <source>the code contains an invisible or control character (%1)</source>
        <translation>卡密含有不可见字符或控制字符（%1）</translation>
    </message>
    <message>
        <source>the code is %1 characters long; at most %2 are allowed</source>
        <translation>卡密长度为 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field that starts on this line is never closed</source>
        <translation>引号未闭合：从此行开始的带引号字段没有结束引号</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside it (&quot;&quot;)</source>
        <translation>字段不以引号开头，中间却含有引号；请用引号括起整个字段，并将其中的引号写成两个（&quot;&quot;）</translation>
    </message>
    <message>
        <source>text after a closing quote; a quote that belongs to the field must be doubled (&quot;&quot;)</source>
        <translation>结束引号后还有文本；属于字段内容的引号必须写成两个（&quot;&quot;）</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>文件为 UTF-16 编码；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns (such as &quot;code&quot;) and then one code per line</source>
        <translation>文件为空；第一行须为列名表头（如 &quot;code&quot;），之后每行一个卡密</translation>
    </message>
    <message>
        <source>the first line is blank; it must be the header naming the columns (such as &quot;code&quot;)</source>
        <translation>第一行为空行；第一行必须是列名表头（如 &quot;code&quot;）</translation>
    </message>
    <message>
        <source>blank line; remove it or put a code on it</source>
        <translation>空行；请删除该行，或在该行填写卡密</translation>
    </message>
    <message>
        <source>there are no codes, only the header</source>
        <translation>只有表头，没有卡密</translation>
    </message>
    <message>
        <source>the header is missing: the first line must name the columns (code, serial, valid_until), but it reads %1. A plain list of codes needs &quot;code&quot; as its first line</source>
        <translation>缺少表头：第一行必须是列名（code、serial、valid_until），但实际内容为 %1。纯卡密列表的第一行须为 &quot;code&quot;</translation>
    </message>
    <message>
        <source>unknown column(s) in the header: %1; the known columns are code, serial and valid_until</source>
        <translation>表头中有未知列：%1；可用的列为 code、serial 和 valid_until</translation>
    </message>
    <message>
        <source>column(s) named twice in the header: %1</source>
        <translation>表头中有重复的列名：%1</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>表头第 %1 列没有名称</translation>
    </message>
    <message>
        <source>the header has no &quot;code&quot; column</source>
        <translation>表头中没有 &quot;code&quot; 列</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>duplicate code, first seen on line %1</source>
        <translation>卡密重复，首次出现在第 %1 行</translation>
    </message>
    <message>
        <source>valid_until %1 is not an ISO 8601 date or date-time from 1970 on, such as 2025-12-31 or 2025-12-31T18:00:00+08:00</source>
        <translation>valid_until %1 不是 1970 年及以后的 ISO 8601 日期或日期时间，例如 2025-12-31 或 2025-12-31T18:00:00+08:00</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as &quot;CSV UTF-8&quot; (a plain &quot;CSV&quot; from a spreadsheet may use a local encoding such as GBK)</source>
        <translation>文本不是有效的 UTF-8；请将文件另存为 &quot;CSV UTF-8&quot;（电子表格软件的普通 &quot;CSV&quot; 格式可能使用 GBK 等本地编码）</translation>
    </message>
    <message>
        <source>1 line is invalid; nothing was imported: %1</source>
        <translation>有 1 行无效，未导入任何卡密：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines are invalid; nothing was imported. The first: %1</source>
        <translation>
            <numerusform>有 %n 行无效，未导入任何卡密。第一处错误：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::CardCodeImportDialog</name>
    <message>
        <source>Import card keys</source>
        <translation>导入卡密</translation>
    </message>
    <message>
        <source>A CSV file with a header line naming the columns: code, and optionally serial and valid_until. Every line is checked; if one is wrong, nothing is imported.</source>
        <translation>CSV 文件的第一行须为列名表头：code，以及可选的 serial 和 valid_until。每一行都会校验；只要有一行有误，就不导入任何卡密。</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV 文件路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>CSV 文件(&amp;F)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import codes</source>
        <translation>导入卡密(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a CSV file of card keys</source>
        <translation>选择卡密 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>不会导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n code line(s) after the header.</source>
        <translation>
            <numerusform>%1：表头之后有 %n 行卡密。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a card product first.</source>
        <translation>请先创建卡密商品。</translation>
    </message>
    <message>
        <source>Imported %1 codes into &quot;%2&quot;; %3 are available now.</source>
        <translation>已向“%2”导入 %1 个卡密；当前可售 %3 个。</translation>
    </message>
</context>
<context>
    <name>tessera::CardProductDialog</name>
    <message>
        <source>New card product</source>
        <translation>新建卡密商品</translation>
    </message>
    <message>
        <source>e.g. Gift card 100</source>
        <translation>例如：礼品卡 100</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation>例如：100.00</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;reate product</source>
        <translation>创建商品(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name: give the product a name.</source>
        <translation>名称：请为商品填写名称。</translation>
    </message>
    <message>
        <source>Price: &quot;%1&quot; is not an amount; type it like 100 or 99.50.</source>
        <translation>价格：“%1”不是有效金额；请按 100 或 99.50 的格式输入。</translation>
    </message>
    <message>
        <source>Currency: a three-letter code such as CNY.</source>
        <translation>币种：须为三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>商品未创建：%1</translation>
    </message>
</context>
<context>
    <name>tessera::CardsTab</name>
    <message>
        <source>Gift cards, vouchers and top-up codes: each code is sold once and shown only to its buyer.</source>
        <translation>礼品卡、代金券和充值码：每个卡密只售出一次，且只向购买人显示。</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import codes…</source>
        <translation>导入卡密(&amp;I)…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Codes available</source>
        <translation>可售卡密</translation>
    </message>
    <message>
        <source>Codes sold</source>
        <translation>已售卡密</translation>
    </message>
    <message>
        <source>The card products cannot be read: %1</source>
        <translation>无法读取卡密商品：%1</translation>
    </message>
    <message>
        <source>Card product &quot;%1&quot; created. Import its codes next.</source>
        <translation>已创建卡密商品“%1”。下一步请导入其卡密。</translation>
    </message>
    <message>
        <source>%1 codes imported.</source>
        <translation>已导入 %1 个卡密。</translation>
    </message>
</context>
<context>
    <name>tessera::CartModel</name>
    <message>
        <source>Held for this sale</source>
        <translation>已为本单锁定</translation>
    </message>
    <message>
        <source>Not held: checked again when paid</source>
        <translation>未锁定：付款时将再次核验</translation>
    </message>
    <message>
        <source>Card key</source>
        <translation>卡密</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Change the ticket type: press its number (%1), or double-click</source>
        <translation>更改票种：按其编号（%1），或双击</translation>
    </message>
</context>
<context>
    <name>tessera::CartPanel</name>
    <message>
        <source>Cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <source>Customer (optional)</source>
        <translation>顾客信息（可选）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Pay  (F8)</source>
        <translation>收款  (F8)</translation>
    </message>
    <message>
        <source>Take the payment (F8)</source>
        <translation>向顾客收款 (F8)</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>移除项目</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>移除选中的项目 (Delete)</translation>
    </message>
    <message>
        <source>Clear sale</source>
        <translation>清空本单</translation>
    </message>
    <message>
        <source>Give everything back and start again (Ctrl+Delete)</source>
        <translation>释放全部项目并重新开始 (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应收 %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Order %1 is waiting for payment. Pay it, or clear the sale to cancel it (a supervisor approves).</source>
        <translation>订单 %1 正在等待付款。请完成收款，或清空本单以取消该订单（须主管授权）。</translation>
    </message>
    <message>
        <source>Remove the selected cart line</source>
        <translation>移除购物车中选中的一行</translation>
    </message>
    <message>
        <source>Ticket type %1 of the selected cart line</source>
        <translation>将购物车选中行设为第 %1 种票种</translation>
    </message>
    <message>
        <source>In the cart: the selected line&apos;s ticket type, by its number</source>
        <translation>在购物车中：按编号选择选中行的票种</translation>
    </message>
    <message>
        <source>This line has no ticket types to choose from.</source>
        <translation>这一行没有可选的票种。</translation>
    </message>
    <message numerus="yes">
        <source>This line has %n ticket type(s): press 1 to %n.</source>
        <translation>
            <numerusform>这一行有 %n 种票种：请按 1 到 %n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held for this sale.</source>
        <translation>
            <numerusform>本单已锁定 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::CashMovementCommand</name>
    <message>
        <source>The kind is &quot;in&quot; (cash put in) or &quot;out&quot; (cash taken out), not &quot;%1&quot;.</source>
        <translation>类型须为 &quot;in&quot;（存入现金）或 &quot;out&quot;（取出现金），而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No shift is open on terminal %1; open one before moving cash.</source>
        <translation>终端 %1 没有进行中的班次；请先开班，再存取现金。</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer; %2 cannot be taken out.</source>
        <translation>钱箱中应有金额仅为 %1；无法取出 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::CashMovementDialog</name>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer, e.g. a bank drop. %1 is expected in the drawer.</source>
        <translation>从钱箱取出的现金，例如解款存行。钱箱中应有 %1。</translation>
    </message>
    <message>
        <source>Cash put into the drawer, e.g. more change from the safe.</source>
        <translation>存入钱箱的现金，例如从保险柜补充的零钱。</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. bank drop</source>
        <translation>例如：解款存行</translation>
    </message>
    <message>
        <source>e.g. change from the safe</source>
        <translation>例如：从保险柜补充零钱</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>取出</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>Type an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer.</source>
        <translation>钱箱中应有金额仅为 %1。</translation>
    </message>
    <message>
        <source>Say why the cash moves.</source>
        <translation>请说明存取现金的原因。</translation>
    </message>
</context>
<context>
    <name>tessera::CatalogExport</name>
    <message>
        <source>This server&apos;s catalog is at version %1; a terminal cannot be at %2 (another server&apos;s?).</source>
        <translation>本服务器的目录版本为 %1；终端不可能处于 %2（是否来自另一台服务器？）。</translation>
    </message>
    <message>
        <source>The server&apos;s data key is not open: its card keys cannot be sent.</source>
        <translation>服务器的数据密钥未打开：无法下发其卡密。</translation>
    </message>
</context>
<context>
    <name>tessera::CatalogPuller</name>
    <message>
        <source>The server answered for catalog version %1; this terminal has %2.</source>
        <translation>服务器返回的是目录版本 %1 的数据；本终端为 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::CatalogQueries</name>
    <message>
        <source>There is no venue %1.</source>
        <translation>场馆 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>场次 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::CatalogService</name>
    <message>
        <source>A seat is named by its plan id (text).</source>
        <translation>座位以其座位图编号（文本）指定。</translation>
    </message>
    <message>
        <source>A list is expected.</source>
        <translation>应为列表。</translation>
    </message>
    <message>
        <source>[event, seat] is expected.</source>
        <translation>应为 [场次, 座位]。</translation>
    </message>
    <message>
        <source>Name the event by its id.</source>
        <translation>请以编号指定场次。</translation>
    </message>
    <message>
        <source>Give a number of places above 0.</source>
        <translation>请给出大于 0 的名额数。</translation>
    </message>
    <message>
        <source>Give a number of seats above 0.</source>
        <translation>请给出大于 0 的座位数。</translation>
    </message>
    <message>
        <source>&quot;since&quot; is the catalog version the terminal has (0 for none).</source>
        <translation>“since”是终端已有的目录版本（无则为 0）。</translation>
    </message>
    <message>
        <source>Ask for a number above 0.</source>
        <translation>请求的数量须大于 0。</translation>
    </message>
    <message>
        <source>Name the GA quota by its id.</source>
        <translation>请以编号指定站票配额。</translation>
    </message>
    <message>
        <source>[quota, places kept] is expected.</source>
        <translation>应为 [配额, 保留名额]。</translation>
    </message>
    <message>
        <source>&quot;version&quot; is the catalog version the answer comes from.</source>
        <translation>“version”是该应答所依据的目录版本。</translation>
    </message>
    <message>
        <source>Give a number of card keys above 0.</source>
        <translation>请给出大于 0 的卡密数量。</translation>
    </message>
    <message>
        <source>Name the card product by its id.</source>
        <translation>请用编号指定卡密商品。</translation>
    </message>
    <message>
        <source>A card key&apos;s id (a number) is expected.</source>
        <translation>应为卡密编号（数字）。</translation>
    </message>
</context>
<context>
    <name>tessera::ChangeUserDialog</name>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>启用（可以登录）</translation>
    </message>
    <message>
        <source>Unlock (locked after wrong PINs until %1)</source>
        <translation>解除锁定（因 PIN 输错已锁定至 %1）</translation>
    </message>
    <message>
        <source>Reset the wrong-PIN count (%1)</source>
        <translation>重置 PIN 错误次数（%1）</translation>
    </message>
    <message>
        <source>Unlock (not locked)</source>
        <translation>解除锁定（未锁定）</translation>
    </message>
    <message>
        <source>Leave empty to keep the PIN</source>
        <translation>留空则保留原 PIN</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>新 PIN(&amp;P)</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>再次输入新 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Role: you cannot change your own role; ask another administrator.</source>
        <translation>角色：不能修改自己的角色；请联系其他管理员。</translation>
    </message>
    <message>
        <source>Active: you cannot deactivate yourself.</source>
        <translation>启用：不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>tessera::CheckInPage</name>
    <message>
        <source>Scan a ticket — or type its code and press Enter</source>
        <translation>扫描门票，或输入票码后按 Enter</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>检票</translation>
    </message>
    <message>
        <source>&amp;Gate:</source>
        <translation>检票口(&amp;G)：</translation>
    </message>
    <message>
        <source>Entries are recorded under this gate&apos;s name.</source>
        <translation>入场记录将以此检票口名称登记。</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>场次(&amp;E)：</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>所有场次</translation>
    </message>
    <message>
        <source>Tickets of other events are turned away.</source>
        <translation>其他场次的票将被拒绝入场。</translation>
    </message>
    <message>
        <source>Tickets are checked by the database only: %1</source>
        <translation>仅通过数据库验票：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
</context>
<context>
    <name>tessera::CloseShiftCommand</name>
    <message>
        <source>No shift is open on terminal %1; there is nothing to close.</source>
        <translation>终端 %1 没有进行中的班次，无需交班。</translation>
    </message>
    <message>
        <source>The drawer is %1 short: a supervisor has to approve closing with a difference.</source>
        <translation>钱箱短款 %1：有差额的交班须由主管批准。</translation>
    </message>
    <message>
        <source>The drawer is %1 over: a supervisor has to approve closing with a difference.</source>
        <translation>钱箱长款 %1：有差额的交班须由主管批准。</translation>
    </message>
</context>
<context>
    <name>tessera::CommandFactory</name>
    <message>
        <source>Unknown command &quot;%1&quot;; known commands: %2.</source>
        <translation>未知命令 &quot;%1&quot;；可用命令：%2。</translation>
    </message>
</context>
<context>
    <name>tessera::ConsoleEnrolment</name>
    <message>
        <source>The server address is host:port (for example tickets.example.org:8443), not &quot;%1&quot;.</source>
        <translation>服务器地址格式为 主机:端口（例如 tickets.example.org:8443），而不是“%1”。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The server at %1 is not the one that made this code (its certificate does not match the code&apos;s fingerprint). Check the address; nothing was sent.</source>
        <translation>%1 上的服务器不是生成此注册码的那台（其证书与注册码中的指纹不符）。请检查地址；未发送任何内容。</translation>
    </message>
    <message>
        <source>The server&apos;s answer holds no terminal token.</source>
        <translation>服务器的应答中没有终端令牌。</translation>
    </message>
    <message>
        <source>The server at %1 knows this console as &quot;%2&quot;, not &quot;%3&quot;: nothing was changed.</source>
        <translation>%1 处的服务器将本控制台识别为“%2”，而不是“%3”：未做任何更改。</translation>
    </message>
</context>
<context>
    <name>tessera::CreateCardProductCommand</name>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as CNY.</source>
        <translation>币种须为三个字母的 ISO 4217 代码，例如 CNY。</translation>
    </message>
    <message>
        <source>A card product with this name exists already.</source>
        <translation>已存在同名的卡密商品。</translation>
    </message>
</context>
<context>
    <name>tessera::CreateEventCommand</name>
    <message>
        <source>The event ends before it starts.</source>
        <translation>场次的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Sales close before they open.</source>
        <translation>停售时间早于开售时间。</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as CNY.</source>
        <translation>币种须为三个字母的 ISO 4217 代码，例如 CNY。</translation>
    </message>
    <message>
        <source>This ticket type is given twice.</source>
        <translation>此票种重复出现。</translation>
    </message>
    <message>
        <source>Two GA quotas have this name.</source>
        <translation>有两个站票配额使用了此名称。</translation>
    </message>
    <message>
        <source>A GA quota needs at least one price.</source>
        <translation>站票配额至少需要一个价格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this event&apos;s ticket types.</source>
        <translation>“%1”不是本场次的票种。</translation>
    </message>
    <message>
        <source>There is no venue %1.</source>
        <translation>场馆 %1 不存在。</translation>
    </message>
    <message>
        <source>The venue has no seat category &quot;%1&quot;.</source>
        <translation>场馆中没有座位分区“%1”。</translation>
    </message>
    <message>
        <source>Seat category &quot;%1&quot; has no price, so its seats could not be sold.</source>
        <translation>座位分区“%1”没有设置价格，其座位将无法出售。</translation>
    </message>
</context>
<context>
    <name>tessera::CreateUserCommand</name>
    <message>
        <source>A PIN has at least 4 characters.</source>
        <translation>PIN 至少需要 4 个字符。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use cashier, supervisor, ops, manager or admin.</source>
        <translation>未知角色 &quot;%1&quot;；请使用 cashier、supervisor、ops、manager 或 admin。</translation>
    </message>
    <message>
        <source>A user with this name exists already.</source>
        <translation>已存在同名用户。</translation>
    </message>
</context>
<context>
    <name>tessera::CreateVenueCommand</name>
    <message>
        <source>A venue is created from a seating plan.</source>
        <translation>场馆须根据座位图创建。</translation>
    </message>
</context>
<context>
    <name>tessera::Customer</name>
    <message>
        <source>A phone number has only digits, spaces, &apos;+&apos; and &apos;-&apos;.</source>
        <translation>电话号码只能包含数字、空格、&apos;+&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>Customer details are too long.</source>
        <translation>顾客信息过长。</translation>
    </message>
</context>
<context>
    <name>tessera::DashboardPage</name>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Live: last 15 minutes</source>
        <translation>实时：最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Whole sale</source>
        <translation>整个销售期</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部演出</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>范围(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>演出(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Money taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Payments that went through</source>
        <translation>支付成功率</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation>最繁忙的一分钟</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>每分钟订单数</translation>
    </message>
    <message>
        <source>Money taken per minute</source>
        <translation>每分钟收款</translation>
    </message>
    <message>
        <source>Payments that went through, %</source>
        <translation>支付成功率（%）</translation>
    </message>
    <message>
        <source>Stock and pace</source>
        <translation>库存与销售速度</translation>
    </message>
    <message>
        <source>Refunds by reason</source>
        <translation>按原因的退款</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Figures of this terminal (%1) from its own database · read at %2</source>
        <translation>本终端（%1）本地数据库的数据 · 读取于 %2</translation>
    </message>
    <message>
        <source>Only this terminal: the other counters&apos; figures and their sync state show here when this console is connected to a server.</source>
        <translation>仅本终端：本机连接服务器后，这里会显示其他柜台的数据及其同步状态。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 payment attempts approved</source>
        <translation>%2 次支付尝试中 %1 次成功</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) at %1</source>
        <translation>
            <numerusform>%1 共 %n 单</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders per %1</source>
        <translation>每%1订单数</translation>
    </message>
    <message>
        <source>Money taken per %1 (%2)</source>
        <translation>每%1收款（%2）</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Live · every terminal, from the server %1 · data as of %2</source>
        <translation>实时 · 全部终端，来自服务器 %1 · 数据截至 %2</translation>
    </message>
    <message>
        <source>Reconnecting — data as of %1</source>
        <translation>正在重新连接 — 数据截至 %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <source>Server: %1 requests/s · p50 %2 ms · p99 %3 ms</source>
        <translation>服务器：每秒 %1 个请求 · p50 %2 毫秒 · p99 %3 毫秒</translation>
    </message>
    <message>
        <source>Only this terminal: choose &quot;Every terminal (server)&quot; above for the other counters&apos; figures and their sync state.</source>
        <translation>仅本终端：在上方选择“全部终端（服务器）”可查看其他柜台的数据及其同步状态。</translation>
    </message>
    <message>
        <source>Alert rules…</source>
        <translation>告警规则…</translation>
    </message>
    <message>
        <source>Alerts on the server %1</source>
        <translation>服务器 %1 上的告警</translation>
    </message>
    <message>
        <source>All venues</source>
        <translation>全部场馆</translation>
    </message>
    <message>
        <source>Ve&amp;nue</source>
        <translation>场馆(&amp;N)</translation>
    </message>
</context>
<context>
    <name>tessera::DashboardQuery</name>
    <message>
        <source>%1 takes milliseconds since 1970 or an ISO 8601 time (2026-12-03T18:00:00Z), not &quot;%2&quot;.</source>
        <translation>%1 应为自 1970 年起的毫秒数或 ISO 8601 时间（2026-12-03T18:00:00Z），而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes a number or a text, not an array or an object.</source>
        <translation>%1 应为数字或文本，而不是数组或对象。</translation>
    </message>
    <message>
        <source>to must come after from.</source>
        <translation>to 必须晚于 from。</translation>
    </message>
    <message>
        <source>event takes an event&apos;s id (a number), not &quot;%1&quot;.</source>
        <translation>event 应为场次编号（数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>channel takes counter, online or phone, not &quot;%1&quot;.</source>
        <translation>channel 应为 counter、online 或 phone，而不是“%1”。</translation>
    </message>
    <message>
        <source>last_s takes a number of seconds from 1 to 31 days, not &quot;%1&quot;.</source>
        <translation>last_s 需要 1 秒到 31 天之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>last_s is a range of its own: give it without from and to.</source>
        <translation>last_s 本身就是一个范围：不要同时给出 from 和 to。</translation>
    </message>
    <message>
        <source>A dashboard takes from, to, last_s, event, venue, channel and terminal; not &quot;%1&quot;.</source>
        <translation>看板只接受 from、to、last_s、event、venue、channel 和 terminal；不接受“%1”。</translation>
    </message>
    <message>
        <source>venue takes a venue&apos;s id (a number), not &quot;%1&quot;.</source>
        <translation>venue 应为场馆编号（数字），而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>tessera::DashboardSourceBar</name>
    <message>
        <source>This terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>Every terminal (server)</source>
        <translation>全部终端（服务器）</translation>
    </message>
    <message>
        <source>&amp;Figures of</source>
        <translation>数据来源(&amp;F)</translation>
    </message>
    <message>
        <source>your PIN</source>
        <translation>您的 PIN</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>tessera::DataKey</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <source>This scrypt cost is above what unwrapping accepts (N up to 2^20, r up to 64, p up to 16).</source>
        <translation>此 scrypt 开销参数超出解封时允许的上限（N 最大 2^20，r 最大 64，p 最大 16）。</translation>
    </message>
    <message>
        <source>The wrapped data key is damaged: it is not a JSON object.</source>
        <translation>封装的数据密钥已损坏：不是 JSON 对象。</translation>
    </message>
    <message>
        <source>This is not a Tessera wrapped data key.</source>
        <translation>这不是 Tessera 封装的数据密钥。</translation>
    </message>
    <message>
        <source>The wrapped data key has unknown version %1; this Tessera reads version %2.</source>
        <translation>封装的数据密钥版本 %1 未知；当前版本的 Tessera 只能读取版本 %2。</translation>
    </message>
    <message>
        <source>The wrapped data key uses an unknown key derivation &quot;%1&quot;.</source>
        <translation>封装的数据密钥使用了未知的密钥派生算法 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The wrapped data key&apos;s scrypt cost is missing or out of range.</source>
        <translation>封装的数据密钥缺少 scrypt 开销参数，或参数超出范围。</translation>
    </message>
    <message>
        <source>The wrapped data key&apos;s salt is missing or malformed.</source>
        <translation>封装的数据密钥缺少盐值，或盐值格式有误。</translation>
    </message>
    <message>
        <source>The wrapped data key&apos;s sealed key is missing, malformed or cut short.</source>
        <translation>封装的数据密钥中的密封密钥缺失、格式有误或不完整。</translation>
    </message>
    <message>
        <source>The wrapped data key is damaged: its checksum does not match.</source>
        <translation>封装的数据密钥已损坏：校验和不匹配。</translation>
    </message>
    <message>
        <source>The wrapped data key&apos;s scrypt cost cannot be used: %1</source>
        <translation>封装的数据密钥的 scrypt 开销参数不可用：%1</translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was changed.</source>
        <translation>口令错误；未做任何更改。</translation>
    </message>
    <message>
        <source>The wrapped data key is damaged: %1</source>
        <translation>封装的数据密钥已损坏：%1</translation>
    </message>
    <message>
        <source>The wrapped data key holds %1 bytes instead of %2.</source>
        <translation>封装的数据密钥长度为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>The data key holds %1 bytes instead of %2.</source>
        <translation>数据密钥长度为 %1 字节，而不是 %2 字节。</translation>
    </message>
</context>
<context>
    <name>tessera::DayEndCsv</name>
    <message>
        <source>Day-end report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>paid back in cash</source>
        <translation>以现金退还</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>cancelled by staff</source>
        <translation>员工取消</translation>
    </message>
    <message>
        <source>expired unpaid</source>
        <translation>未付款过期</translation>
    </message>
    <message>
        <source>Cash movements</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>in</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>取出</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>cash taken</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>cash refunded</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>all closed shifts</source>
        <translation>所有已交班次</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>开班人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已交班</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未交班</translation>
    </message>
</context>
<context>
    <name>tessera::DayEndDialog</name>
    <message>
        <source>Day-end report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Totals by payment method, refunds, voids, cash movements and the difference of every shift of the day, on all terminals.</source>
        <translation>当天所有终端的按付款方式合计、退款、作废、现金存取及每个班次的差额。</translation>
    </message>
    <message>
        <source>&amp;Business day</source>
        <translation>营业日(&amp;B)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>保存 &amp;CSV…</translation>
    </message>
    <message>
        <source>Adding up %1…</source>
        <translation>正在统计 %1…</translation>
    </message>
    <message>
        <source>Save the day-end report</source>
        <translation>保存日结报表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>报表未保存。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>tessera::DayEndDocument</name>
    <message>
        <source>Day-end report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Every shift and terminal of the business day (time zone %1).</source>
        <translation>营业日内的所有班次和终端（时区 %1）。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Nothing was taken or refunded.</source>
        <translation>没有收款或退款。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>− Refunded</source>
        <translation>− 退款</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>Cash paid back</source>
        <translation>现金退还</translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation>按付款方式收款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No payments were taken.</source>
        <translation>本班次没有收款。</translation>
    </message>
    <message>
        <source>Refunds and voids</source>
        <translation>退款与作废</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>of which paid back in cash</source>
        <translation>其中现金退还</translation>
    </message>
    <message>
        <source>Voids (unpaid orders cancelled)</source>
        <translation>作废（取消的未付款订单）</translation>
    </message>
    <message>
        <source>Unpaid orders expired</source>
        <translation>过期的未付款订单</translation>
    </message>
    <message>
        <source>Cash movements</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>Cash put in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash taken out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Opened / closed</source>
        <translation>开班 / 交班</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未交班</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1 批准</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No shift was opened this day.</source>
        <translation>当天没有开班。</translation>
    </message>
    <message>
        <source>Differences of the closed shifts</source>
        <translation>已交班次的差额</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Printed %1 · Tessera</source>
        <translation>打印于 %1 · Tessera</translation>
    </message>
    <message>
        <source>Day-end report %1</source>
        <translation>日结报表 %1</translation>
    </message>
</context>
<context>
    <name>tessera::DemoSeeder</name>
    <message>
        <source>Tessera Playhouse</source>
        <translation>Tessera 剧场</translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation>池座</translation>
    </message>
    <message>
        <source>Balcony</source>
        <translation>楼座</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>舞台</translation>
    </message>
    <message>
        <source>The Nutcracker</source>
        <translation>胡桃夹子</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站票</translation>
    </message>
    <message>
        <source>Gift card 100</source>
        <translation>100元礼品卡</translation>
    </message>
</context>
<context>
    <name>tessera::DrawerCount</name>
    <message>
        <source>Count at least one denomination (a count of 0 is fine).</source>
        <translation>请至少清点一种面额（数量可以为 0）。</translation>
    </message>
    <message>
        <source>A count row is an object: {&quot;denomination&quot;: …, &quot;count&quot;: …}.</source>
        <translation>每行清点记录须为对象：{&quot;denomination&quot;: …, &quot;count&quot;: …}。</translation>
    </message>
    <message>
        <source>A denomination is given in minor units and is at most %1.</source>
        <translation>面额以最小货币单位计，最大为 %1。</translation>
    </message>
    <message>
        <source>At most %1 notes or coins of one kind can be counted.</source>
        <translation>每种纸币或硬币最多可清点 %1 张/枚。</translation>
    </message>
    <message>
        <source>The denomination %1 is counted twice.</source>
        <translation>面额 %1 被重复清点。</translation>
    </message>
</context>
<context>
    <name>tessera::DrawerCountPanel</name>
    <message>
        <source>Type how many of each note and coin are in the drawer; Enter goes to the next row. Leave 0 for none.</source>
        <translation>输入钱箱中每种纸币和硬币的数量；按 Enter 转到下一行。没有的保留 0。</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点金额</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有金额</translation>
    </message>
    <message>
        <source>&amp;Note for the Z-report (optional)</source>
        <translation>Z 报表备注（可选）(&amp;N)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Close shift and print Z-report</source>
        <translation>交班并打印 Z 报表</translation>
    </message>
    <message>
        <source>Close the shift with this count (Ctrl+Enter)</source>
        <translation>按此清点结果交班 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Count the drawer and close shift %1</source>
        <translation>清点钱箱并交班（班次 %1）</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>%1 的数量</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在交班…</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>账实相符</translation>
    </message>
    <message>
        <source>Short %1</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <source>Enter the count</source>
        <translation>确认点数</translation>
    </message>
    <message>
        <source>Fix this count and see what was expected (Ctrl+Enter)</source>
        <translation>确定此点数并查看应有金额 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>hidden until counted</source>
        <translation>点数后显示</translation>
    </message>
    <message>
        <source>Blind count: type what is in the drawer, then Enter the count.</source>
        <translation>盲点：输入钱箱中的实际数量，然后确认点数。</translation>
    </message>
    <message>
        <source>Drawer count: confirm the count and close the shift</source>
        <translation>清点钱箱：确认清点并交班</translation>
    </message>
    <message>
        <source>Drawer count: back to the shift</source>
        <translation>清点钱箱：返回班次</translation>
    </message>
</context>
<context>
    <name>tessera::Ed25519KeyPair</name>
    <message>
        <source>The private key could not be read: it is not an unencrypted PEM key or it is damaged.</source>
        <translation>无法读取私钥：它不是未加密的 PEM 密钥，或已损坏。</translation>
    </message>
    <message>
        <source>The private key is %1, not Ed25519.</source>
        <translation>私钥类型为 %1，而不是 Ed25519。</translation>
    </message>
</context>
<context>
    <name>tessera::Ed25519PublicKey</name>
    <message>
        <source>The public key could not be read: it is not a PEM public key or it is damaged.</source>
        <translation>无法读取公钥：它不是 PEM 公钥，或已损坏。</translation>
    </message>
    <message>
        <source>The public key is %1, not Ed25519.</source>
        <translation>公钥类型为 %1，而不是 Ed25519。</translation>
    </message>
    <message>
        <source>An Ed25519 public key is %1 bytes, not %2.</source>
        <translation>Ed25519 公钥应为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>The bytes are not an Ed25519 public key.</source>
        <translation>这些字节不是有效的 Ed25519 公钥。</translation>
    </message>
</context>
<context>
    <name>tessera::EditEventCommand</name>
    <message>
        <source>The event needs a start time.</source>
        <translation>场次需要开始时间。</translation>
    </message>
    <message>
        <source>Give a date and time with its offset, e.g. 2026-12-31T19:30:00+08:00.</source>
        <translation>请给出带时差的日期和时间，例如 2026-12-31T19:30:00+08:00。</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>场次需要名称。</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>没有场次 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled; a cancelled event cannot be changed.</source>
        <translation>“%1”已取消；已取消的场次不能修改。</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>场次的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Sales close before they open.</source>
        <translation>停售时间早于开售时间。</translation>
    </message>
    <message>
        <source>The venue has no seat category &quot;%1&quot;.</source>
        <translation>场馆没有座位等级“%1”。</translation>
    </message>
    <message>
        <source>The event has no GA quota &quot;%1&quot;.</source>
        <translation>场次没有站票配额“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this event&apos;s ticket types.</source>
        <translation>“%1”不是本场次的票种。</translation>
    </message>
</context>
<context>
    <name>tessera::Engine</name>
    <message>
        <source>No command was given.</source>
        <translation>未提供命令。</translation>
    </message>
    <message>
        <source>Every change needs an idempotency key.</source>
        <translation>每次变更都需要幂等键。</translation>
    </message>
    <message>
        <source>The engine has stopped.</source>
        <translation>引擎已停止。</translation>
    </message>
</context>
<context>
    <name>tessera::EnrolTerminalCommand</name>
    <message>
        <source>This enrolment code is not known to this server. Check it, or ask for a new one.</source>
        <translation>此服务器不认识这个注册码。请核对，或申请新的注册码。</translation>
    </message>
    <message>
        <source>This enrolment code was used at %1. Each code enrols one terminal once: ask for a new one.</source>
        <translation>此注册码已于 %1 使用。每个注册码只能注册一台终端一次：请申请新的注册码。</translation>
    </message>
    <message>
        <source>This enrolment code expired at %1: ask for a new one.</source>
        <translation>此注册码已于 %1 过期：请申请新的注册码。</translation>
    </message>
</context>
<context>
    <name>tessera::EnrolmentCode</name>
    <message>
        <source>This is not an enrolment code (%1). It looks like TE1-ABCD-EFGH-IJKL-MNOP-… as tessera-server enrol-code printed it.</source>
        <translation>这不是注册码（%1）。注册码形如 tessera-server enrol-code 打印的 TE1-ABCD-EFGH-IJKL-MNOP-…。</translation>
    </message>
    <message>
        <source>it does not start with TE1</source>
        <translation>不是以 TE1 开头</translation>
    </message>
    <message>
        <source>%1 characters after TE1, not %2</source>
        <translation>TE1 之后有 %1 个字符，应为 %2 个</translation>
    </message>
    <message>
        <source>a character that is not in the code&apos;s alphabet</source>
        <translation>含有注册码字母表以外的字符</translation>
    </message>
</context>
<context>
    <name>tessera::ErrorCodeChart</name>
    <message>
        <source>Payment errors (click a bar for the payments)</source>
        <translation>支付错误（点击柱形查看相应支付）</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>失败的支付</translation>
    </message>
    <message>
        <source>%1: %2 failed payment(s)</source>
        <translation>%1：%2 笔失败的支付</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>tessera::EventCancelDialog</name>
    <message>
        <source>Cancel event</source>
        <translation>取消场次</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? Its sales stop for good.</source>
        <translation>取消“%1”？其销售将永久停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n paid order(s) refunded</source>
        <translation>
            <numerusform>退款 %n 个已付款订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n ticket(s), %1 in all.</source>
        <translation>
            <numerusform>：共 %n 张票，合计 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid order(s) cancelled, %1 hold(s) released.</source>
        <translation>
            <numerusform>取消 %n 个未付款订单，释放 %1 个锁座。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (printed on the refunds):</source>
        <translation>原因（将记录在退款上）(&amp;R)：</translation>
    </message>
    <message>
        <source>Cancel the event and &amp;refund</source>
        <translation>取消场次并退款(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the event</source>
        <translation>保留场次(&amp;K)</translation>
    </message>
    <message>
        <source>The event was not cancelled: %1</source>
        <translation>场次未被取消：%1</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was cancelled: %n order(s) refunded.</source>
        <translation>
            <numerusform>“%1”已取消：已退款 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part-paid order(s) cancelled and what they had paid, %1, refunded.</source>
        <translation>
            <numerusform>取消 %n 个部分付款的订单，退还其已付的 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunded in all: %1.</source>
        <translation>退款合计：%1。</translation>
    </message>
</context>
<context>
    <name>tessera::EventEditDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑场次</translation>
    </message>
    <message>
        <source>Times are local to the venue: %1.</source>
        <translation>时间为场馆当地时间：%1。</translation>
    </message>
    <message>
        <source>Seats or area</source>
        <translation>座位等级或区域</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Prices in %1 (double-click to change)</source>
        <translation>价格（%1，双击修改）</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Prices: &quot;%1&quot; for %2, %3 is not an amount.</source>
        <translation>价格：%2、%3 的“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The event was not changed: %1</source>
        <translation>场次未修改：%1</translation>
    </message>
    <message>
        <source>The event was not changed. %1: %2</source>
        <translation>场次未修改。%1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::EventFormDialog</name>
    <message>
        <source>New event</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>场馆(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. Winter Gala</source>
        <translation>例如：冬季音乐会</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code, such as CNY</source>
        <translation>三个字母的 ISO 4217 代码，例如 CNY</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <source>Without an opening time, sales open as soon as the event is created.</source>
        <translation>未设开售时间时，场次创建后立即开售。</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>C&amp;reate event</source>
        <translation>创建场次(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import a venue first (Venues tab).</source>
        <translation>请先导入场馆（“场馆”选项卡）。</translation>
    </message>
    <message>
        <source>Times are local to the venue: %1 (%2).</source>
        <translation>时间均为场馆当地时间：%1（%2）。</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Venue: pick the venue of the event.</source>
        <translation>场馆：请选择场次所在的场馆。</translation>
    </message>
    <message>
        <source>Sales close at: sales close after the event has ended.</source>
        <translation>停售时间：停售时间晚于场次结束时间。</translation>
    </message>
    <message>
        <source>Currency: a three-letter code such as CNY.</source>
        <translation>币种：须为三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The event was not created: %1</source>
        <translation>场次未创建：%1</translation>
    </message>
    <message>
        <source>The event was not created. %1: %2</source>
        <translation>场次未创建。%1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::EventListModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>余座 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 standing left</source>
        <translation>站票余 %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Seats free</source>
        <translation>余座</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站票余量</translation>
    </message>
</context>
<context>
    <name>tessera::EventPrices</name>
    <message>
        <source>Each price must be an object.</source>
        <translation>每个价格都必须是一个对象。</translation>
    </message>
    <message>
        <source>This price is given twice.</source>
        <translation>此价格重复出现。</translation>
    </message>
</context>
<context>
    <name>tessera::EventPricingEditor</name>
    <message>
        <source>Ticket types</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add type</source>
        <translation>添加票种</translation>
    </message>
    <message>
        <source>Remove type</source>
        <translation>删除票种</translation>
    </message>
    <message>
        <source>Seat prices (per category and ticket type; empty: not sold)</source>
        <translation>座位票价（按座位分区和票种；留空表示不售）</translation>
    </message>
    <message>
        <source>GA quotas (standing, unnumbered)</source>
        <translation>站票配额（站席，不对号入座）</translation>
    </message>
    <message>
        <source>Add quota</source>
        <translation>添加配额</translation>
    </message>
    <message>
        <source>Remove quota</source>
        <translation>删除配额</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Ticket types: add at least one ticket type.</source>
        <translation>票种：请至少添加一个票种。</translation>
    </message>
    <message>
        <source>Ticket types, row %1: the code is empty.</source>
        <translation>票种第 %1 行：代码为空。</translation>
    </message>
    <message>
        <source>Ticket types, row %1: the code &quot;%2&quot; is used twice.</source>
        <translation>票种第 %1 行：代码“%2”重复使用。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount; type it like 380 or 380.50.</source>
        <translation>%1：“%2”不是有效金额；请按 380 或 380.50 的格式输入。</translation>
    </message>
    <message>
        <source>Seat prices, %1 × %2</source>
        <translation>座位票价，%1 × %2</translation>
    </message>
    <message>
        <source>GA quotas, row %1: give the quota a name.</source>
        <translation>站票配额第 %1 行：请为配额填写名称。</translation>
    </message>
    <message>
        <source>GA quotas, row %1: the name &quot;%2&quot; is used twice.</source>
        <translation>站票配额第 %1 行：名称“%2”重复使用。</translation>
    </message>
    <message>
        <source>GA quotas, %1: the capacity is a whole number above 0.</source>
        <translation>站票配额 %1：容量须为大于 0 的整数。</translation>
    </message>
    <message>
        <source>GA quotas, %1 × %2</source>
        <translation>站票配额，%1 × %2</translation>
    </message>
    <message>
        <source>GA quotas, %1: give a price for at least one ticket type.</source>
        <translation>站票配额 %1：请至少为一个票种设置价格。</translation>
    </message>
    <message>
        <source>Seat prices: give at least one price (or a GA quota), or nothing can be sold.</source>
        <translation>座位票价：请至少设置一个价格（或添加站票配额），否则没有任何可售内容。</translation>
    </message>
    <message>
        <source>Ticket types, row %1</source>
        <translation>票种第 %1 行</translation>
    </message>
    <message>
        <source>GA quotas, row %1</source>
        <translation>站票配额第 %1 行</translation>
    </message>
</context>
<context>
    <name>tessera::EventQueries</name>
    <message>
        <source>There is no event %1.</source>
        <translation>没有场次 %1。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>没有订单 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::EventTimesForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>结束时间(&amp;E)</translation>
    </message>
    <message>
        <source>Sales open at</source>
        <translation>开售时间</translation>
    </message>
    <message>
        <source>Sales close at</source>
        <translation>停售时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Name: give the event a name.</source>
        <translation>名称：请为场次命名。</translation>
    </message>
    <message>
        <source>%1: this time does not exist in %2 (the clocks change).</source>
        <translation>%1：该时间在 %2 不存在（时钟调整）。</translation>
    </message>
    <message>
        <source>Ends at: the event ends before it starts.</source>
        <translation>结束时间：场次的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Sales close at: sales close before they open.</source>
        <translation>停售时间：停售时间早于开售时间。</translation>
    </message>
</context>
<context>
    <name>tessera::EventsTab</name>
    <message>
        <source>Events on sale and coming up. Times are the venue&apos;s local time.</source>
        <translation>在售及即将开售的场次。时间为场馆当地时间。</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新建场次(&amp;N)…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Sales close</source>
        <translation>停售时间</translation>
    </message>
    <message>
        <source>The events cannot be read: %1</source>
        <translation>无法读取场次：%1</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; created; it is on sale as its sale window allows.</source>
        <translation>已创建场次“%1”；将按其销售时间段开售。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected event&apos;s name, times, sale window or prices</source>
        <translation>修改所选场次的名称、时间、销售时间段或价格</translation>
    </message>
    <message>
        <source>Cancel e&amp;vent…</source>
        <translation>取消场次(&amp;V)…</translation>
    </message>
    <message>
        <source>Cancel the selected event and refund what was sold</source>
        <translation>取消所选场次并退还已售部分</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; saved.</source>
        <translation>场次“%1”已保存。</translation>
    </message>
</context>
<context>
    <name>tessera::ExchangeSeatCommand</name>
    <message>
        <source>An event is given by its number.</source>
        <translation>场次须以其编号指定。</translation>
    </message>
    <message>
        <source>Order %1 is %2; only a paid order can be exchanged.</source>
        <translation>订单 %1 的状态为 %2；只有已付款订单可以换座。</translation>
    </message>
    <message>
        <source>Line %1 is not part of order %2.</source>
        <translation>明细 %1 不属于订单 %2。</translation>
    </message>
    <message>
        <source>Line %1 is not a seat; only seat tickets are exchanged.</source>
        <translation>明细 %1 不是座位票；只有座位票可以换座。</translation>
    </message>
    <message>
        <source>Line %1 is %2; only an active ticket is exchanged.</source>
        <translation>明细 %1 的状态为 %2；只有有效的票可以换座。</translation>
    </message>
    <message>
        <source>Ticket %1 was used at the gate; a used ticket is not exchanged.</source>
        <translation>票 %1 已检票入场；已使用的票不能换座。</translation>
    </message>
    <message>
        <source>Line %1 is for event %2, not event %3; an exchange stays within its event.</source>
        <translation>明细 %1 属于场次 %2，而不是场次 %3；换座只能在同一场次内进行。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not part of this event&apos;s venue.</source>
        <translation>座位“%1”不属于本场次的场馆。</translation>
    </message>
    <message>
        <source>Line %1 is already for seat &quot;%2&quot;.</source>
        <translation>明细 %1 已经是座位“%2”。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not available.</source>
        <translation>座位“%1”不可用。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; has no price for this ticket&apos;s type.</source>
        <translation>座位“%1”没有此票种的价格。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; costs %2 more than line %3; record the payment of the difference.</source>
        <translation>座位“%1”比第 %3 行贵 %2；请记录差价付款。</translation>
    </message>
    <message>
        <source>The difference must be paid before the exchange; a declined or unknown payment does not pay it.</source>
        <translation>换座前必须付清差价；被拒绝或结果未知的付款不算付清。</translation>
    </message>
    <message>
        <source>The difference is %1, not %2.</source>
        <translation>差价是 %1，不是 %2。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; costs the same as line %2: nothing is to pay.</source>
        <translation>座位“%1”与第 %2 行价格相同：无需付款。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; costs %2 less than line %3: the difference is given back, not paid.</source>
        <translation>座位“%1”比第 %3 行便宜 %2：差价应退还，而不是付款。</translation>
    </message>
</context>
<context>
    <name>tessera::ExchangeSeatDialog</name>
    <message>
        <source>Exchange a seat on order %1</source>
        <translation>订单 %1 换座</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Ticket to exchange</source>
        <translation>要换座的票(&amp;T)</translation>
    </message>
    <message>
        <source>Loading the seat map…</source>
        <translation>正在加载座位图…</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换座</translation>
    </message>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation>%1 排 · %2 座</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>This order has no seat ticket that can be exchanged.</source>
        <translation>此订单没有可换座的座位票。</translation>
    </message>
    <message>
        <source>The seat map could not be read: %1</source>
        <translation>无法读取座位图：%1</translation>
    </message>
    <message>
        <source>No new seat picked yet.</source>
        <translation>尚未选择新座位。</translation>
    </message>
    <message>
        <source>Difference &amp;paid by</source>
        <translation>差价付款方式(&amp;P)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>刷卡终端</translation>
    </message>
    <message>
        <source>Approval code from the card terminal</source>
        <translation>刷卡终端的授权码</translation>
    </message>
    <message>
        <source>Last four digits</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <source>No seat is free for this ticket type; this ticket cannot be exchanged now.</source>
        <translation>此票种没有空余座位；这张票现在无法换座。</translation>
    </message>
    <message>
        <source>Click the new seat. The ticket cost %1: a dearer seat is paid for now, a cheaper one gives the difference back.</source>
        <translation>请点击新座位。原票价为 %1：更贵的座位需现在补差价，更便宜的座位将退还差价。</translation>
    </message>
    <message>
        <source>%1 more to pay</source>
        <translation>需补 %1</translation>
    </message>
    <message>
        <source>%1 back to the customer</source>
        <translation>退还顾客 %1</translation>
    </message>
    <message>
        <source>same price</source>
        <translation>价格相同</translation>
    </message>
    <message>
        <source>New seat: %1 · %2</source>
        <translation>新座位：%1 · %2</translation>
    </message>
</context>
<context>
    <name>tessera::ExtrasPanel</name>
    <message>
        <source>Standing</source>
        <translation>站票</translation>
    </message>
    <message>
        <source>Card keys</source>
        <translation>卡密</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — 剩余 %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 left</source>
        <translation>%1 · %2 · 剩余 %3</translation>
    </message>
    <message>
        <source>Add one of the focused standing ticket or card key</source>
        <translation>添加一张当前聚焦的站票或卡密</translation>
    </message>
    <message>
        <source>Add the focused standing ticket or card key (a digit first sets the quantity)</source>
        <translation>添加当前聚焦的站票或卡密（先按数字设置数量）</translation>
    </message>
    <message>
        <source>Enter adds the quantity, + adds one; type a digit for the quantity (Ctrl+G comes here)</source>
        <translation>回车按数量加入，+ 加一张；输入数字设定数量（Ctrl+G 跳到这里）</translation>
    </message>
</context>
<context>
    <name>tessera::FailedPaymentsPanel</name>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payments that failed with %1 — %2 (%3)</source>
        <translation>以 %1 失败的支付 — %2（%3 笔）</translation>
    </message>
    <message>
        <source>Sold at another terminal: open it there.</source>
        <translation>在其他终端售出：请在该终端打开。</translation>
    </message>
</context>
<context>
    <name>tessera::FulfilDialog</name>
    <message>
        <source>Sale complete</source>
        <translation>交易完成</translation>
    </message>
    <message>
        <source>✔ Paid — order %1</source>
        <translation>✔ 已付款 — 订单 %1</translation>
    </message>
    <message numerus="yes">
        <source>Total %1 · %n ticket(s)</source>
        <translation>
            <numerusform>合计 %1 · %n 张票</numerusform>
        </translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>应找零：%1</translation>
    </message>
    <message>
        <source>Card keys — show them to the customer now. They are shown only once and printed on the receipt.</source>
        <translation>卡密 — 请立即向顾客出示。卡密仅显示一次，并会打印在收据上。</translation>
    </message>
    <message>
        <source>Print tickets and receipt</source>
        <translation>打印门票和收据</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>另存为 PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next sale</source>
        <translation>下一单</translation>
    </message>
    <message>
        <source>Next sale (Enter)</source>
        <translation>下一单 (Enter)</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Save tickets and receipt</source>
        <translation>保存门票和收据</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Not printed: no printer is set up. Choose one with Print.</source>
        <translation>未打印：尚未设置打印机。请用“打印”选择一台。</translation>
    </message>
</context>
<context>
    <name>tessera::GateQueries</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>票 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::HoldCommand</name>
    <message>
        <source>A hold lasts between %1 seconds and %2 hours.</source>
        <translation>预留时长须在 %1 秒到 %2 小时之间。</translation>
    </message>
</context>
<context>
    <name>tessera::ImportCardCodesCommand</name>
    <message>
        <source>Name the card product to import into.</source>
        <translation>请指定要导入的卡密商品。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file are invalid; nothing was imported.</source>
        <translation>
            <numerusform>文件中有 %n 行无效，未导入任何卡密。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: this code is already in the pool</source>
        <translation>第 %1 行：该卡密已在卡密池中</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold codes that are already in the pool; nothing was imported.</source>
        <translation>
            <numerusform>有 %n 行的卡密已在卡密池中，未导入任何卡密。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::InventoryCache</name>
    <message>
        <source>There is no active hold %1: it was released, expired or turned into an order.</source>
        <translation>没有有效的预留 %1：它已被释放、已过期或已转为订单。</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>场次 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no card product %1.</source>
        <translation>卡密商品 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::IssueEnrolmentCodeCommand</name>
    <message>
        <source>A terminal&apos;s name is 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, not &quot;%1&quot;.</source>
        <translation>终端名称应为 1 到 40 个字母、数字、“-”、“_”或“.”，而不是“%1”。</translation>
    </message>
    <message>
        <source>The code would expire before it is used.</source>
        <translation>注册码会在使用前就过期。</translation>
    </message>
    <message>
        <source>There is no venue %1.</source>
        <translation>没有场馆 %1。</translation>
    </message>
    <message>
        <source>Terminal %1 is enrolled and in service since %2. Revoke it first (tessera-server revoke --terminal %1) to enrol a replacement.</source>
        <translation>终端 %1 自 %2 起已注册并在用。要注册替换终端，请先将其吊销（tessera-server revoke --terminal %1）。</translation>
    </message>
</context>
<context>
    <name>tessera::JournalBatch</name>
    <message>
        <source>The batch has no entries.</source>
        <translation>这一批没有任何条目。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 entries, not %2: send the rest in the next one.</source>
        <translation>每批最多 %1 条，而不是 %2 条：其余的请在下一批发送。</translation>
    </message>
    <message>
        <source>An entry is a JSON object.</source>
        <translation>每个条目必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Entries go in order without holes: %1 follows %2.</source>
        <translation>条目必须按顺序且无缺口：%1 跟在 %2 之后。</translation>
    </message>
    <message>
        <source>The request hash is 64 hexadecimal digits.</source>
        <translation>请求哈希应为 64 位十六进制数字。</translation>
    </message>
    <message>
        <source>This is not a JSON object&apos;s text.</source>
        <translation>这不是 JSON 对象的文本。</translation>
    </message>
</context>
<context>
    <name>tessera::JournalIngest</name>
    <message>
        <source>The batch has no entries.</source>
        <translation>这一批没有任何条目。</translation>
    </message>
    <message>
        <source>The server has this terminal&apos;s journal up to %1; this batch starts at %2. Send from %3 on.</source>
        <translation>服务器已有此终端日志至 %1；这一批从 %2 开始。请从 %3 起发送。</translation>
    </message>
    <message>
        <source>Entry %1 differs from the one the server received before: a terminal&apos;s journal never changes once shipped.</source>
        <translation>条目 %1 与服务器之前收到的不同：终端日志一经上传便不可更改。</translation>
    </message>
</context>
<context>
    <name>tessera::JournalShipper</name>
    <message>
        <source>The server did not move its acknowledgement past %1.</source>
        <translation>服务器的确认序号没有超过 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::JsonFields</name>
    <message>
        <source>A required field is missing.</source>
        <translation>缺少必填字段。</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>此字段必须是文本。</translation>
    </message>
    <message>
        <source>This field must not be empty.</source>
        <translation>此字段不能为空。</translation>
    </message>
    <message>
        <source>This field must be a whole number.</source>
        <translation>此字段必须是整数。</translation>
    </message>
    <message>
        <source>This field must be greater than zero.</source>
        <translation>此字段必须大于零。</translation>
    </message>
    <message>
        <source>This field must not be negative.</source>
        <translation>此字段不能为负数。</translation>
    </message>
    <message>
        <source>This field must be a list.</source>
        <translation>此字段必须是列表。</translation>
    </message>
    <message>
        <source>This field must be an object.</source>
        <translation>此字段必须是对象。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
</context>
<context>
    <name>tessera::JsonPathReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>&quot;%1&quot; 必须是%2，而不是%3。</translation>
    </message>
    <message>
        <source>Unknown property &quot;%1&quot;; allowed here: %2.</source>
        <translation>未知属性 &quot;%1&quot;；此处允许的属性：%2。</translation>
    </message>
    <message>
        <source>The required property &quot;%1&quot; is missing.</source>
        <translation>缺少必需属性 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer, not %2.</source>
        <translation>&quot;%1&quot; 必须是整数，而不是%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: %2.</source>
        <translation>&quot;%1&quot; 超出范围：%2。</translation>
    </message>
</context>
<context>
    <name>tessera::KeyDerivation</name>
    <message>
        <source>scrypt&apos;s N must be a power of two greater than 1, not %1.</source>
        <translation>scrypt 的 N 必须是大于 1 的 2 的幂，而不是 %1。</translation>
    </message>
    <message>
        <source>scrypt&apos;s r and p must be at least 1.</source>
        <translation>scrypt 的 r 和 p 必须至少为 1。</translation>
    </message>
    <message>
        <source>A derived key is 1 to %1 bytes, not %2.</source>
        <translation>派生密钥的长度应为 1 到 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>This scrypt cost needs more than %1 MiB of memory.</source>
        <translation>此 scrypt 开销参数需要超过 %1 MiB 的内存。</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the scrypt key.</source>
        <translation>OpenSSL 无法派生 scrypt 密钥。</translation>
    </message>
    <message>
        <source>PBKDF2 needs at least one iteration, not %1.</source>
        <translation>PBKDF2 至少需要迭代 1 次，而不是 %1 次。</translation>
    </message>
    <message>
        <source>The password or salt is too long.</source>
        <translation>密码或盐值过长。</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the PBKDF2 key.</source>
        <translation>OpenSSL 无法派生 PBKDF2 密钥。</translation>
    </message>
</context>
<context>
    <name>tessera::KeyFileKeySource</name>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation>无法读取密钥文件：%1</translation>
    </message>
    <message>
        <source>This is not a Tessera key file.</source>
        <translation>这不是 Tessera 密钥文件。</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>密钥文件已损坏。</translation>
    </message>
    <message>
        <source>The key file is damaged: %1</source>
        <translation>密钥文件已损坏：%1</translation>
    </message>
    <message>
        <source>The key file holds no key.</source>
        <translation>密钥文件中没有密钥。</translation>
    </message>
    <message>
        <source>Cannot write the key file: %1</source>
        <translation>无法写入密钥文件：%1</translation>
    </message>
    <message>
        <source>This database keeps its data key in a key file, not under a passphrase.</source>
        <translation>此数据库的数据密钥保存在密钥文件中，而非由口令保护。</translation>
    </message>
</context>
<context>
    <name>tessera::KeyRing</name>
    <message>
        <source>This database&apos;s data key is protected by a passphrase; give the passphrase to open it. Nothing was changed.</source>
        <translation>此数据库的数据密钥受口令保护；请提供口令以打开数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>This database&apos;s data key is missing (its key file is gone?). Nothing was changed.</source>
        <translation>此数据库的数据密钥缺失（密钥文件是否已丢失？）。未做任何更改。</translation>
    </message>
    <message>
        <source>The data key does not belong to this database. Nothing was changed.</source>
        <translation>该数据密钥不属于此数据库。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>tessera::LineResolver</name>
    <message>
        <source>Sales for &quot;%1&quot; open at %2.</source>
        <translation>“%1”将于 %2 开售。</translation>
    </message>
    <message>
        <source>Sales for &quot;%1&quot; closed at %2.</source>
        <translation>“%1”已于 %2 停售。</translation>
    </message>
    <message>
        <source>Seats and GA tickets need an event.</source>
        <translation>座位和站票需要指定场次。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not part of this event&apos;s venue.</source>
        <translation>座位“%1”不属于本场次的场馆。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is %2.</source>
        <translation>座位“%1”%2。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not in hold %2.</source>
        <translation>座位“%1”不在预留 %2 中。</translation>
    </message>
    <message>
        <source>GA quota %1 does not belong to this event.</source>
        <translation>站票配额 %1 不属于本场次。</translation>
    </message>
    <message>
        <source>Hold %1 reserves only %2 tickets of &quot;%3&quot;.</source>
        <translation>预留 %1 只锁定了 %2 张“%3”。</translation>
    </message>
    <message>
        <source>Only %1 tickets of &quot;%2&quot; are left.</source>
        <translation>“%2”仅剩 %1 张票。</translation>
    </message>
    <message>
        <source>Only %1 codes of &quot;%2&quot; are left.</source>
        <translation>“%2”仅剩 %1 个卡密。</translation>
    </message>
    <message>
        <source>The same seat is listed twice.</source>
        <translation>同一座位被列出两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was cancelled; it is not on sale.</source>
        <translation>“%1”已取消，不再销售。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; is not this counter&apos;s to sell: the central server has not allocated it to this terminal.</source>
        <translation>座位“%1”不属于本柜台销售：中央服务器未将其分配给本终端。</translation>
    </message>
    <message>
        <source>Only %1 tickets of &quot;%2&quot; are left of this counter&apos;s allocation.</source>
        <translation>本柜台的“%2”配额仅剩 %1 张。</translation>
    </message>
</context>
<context>
    <name>tessera::LiveHub</name>
    <message>
        <source>WebSockets are served at %1 only, not at %2.</source>
        <translation>WebSocket 仅在 %1 提供，不在 %2。</translation>
    </message>
    <message>
        <source>A message to /v1/live is a JSON object.</source>
        <translation>发往 /v1/live 的消息必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Sign in first: {&quot;user&quot;: name, &quot;pin&quot;: PIN}, or the handshake&apos;s Authorization header.</source>
        <translation>请先登录：发送 {&quot;user&quot;: 用户名, &quot;pin&quot;: PIN}，或在握手时提供 Authorization 头。</translation>
    </message>
    <message>
        <source>No credentials within %1 s of connecting.</source>
        <translation>连接后 %1 秒内未提供凭据。</translation>
    </message>
</context>
<context>
    <name>tessera::LocalAlertRuleStore</name>
    <message>
        <source>this console</source>
        <translation>本终端</translation>
    </message>
</context>
<context>
    <name>tessera::LocalJsonChannel</name>
    <message>
        <source>Cannot open the local socket %1: %2</source>
        <translation>无法打开本地套接字 %1：%2</translation>
    </message>
    <message>
        <source>The program holding the database did not answer in time.</source>
        <translation>持有该数据库的程序没有及时应答。</translation>
    </message>
</context>
<context>
    <name>tessera::LoginPage</name>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
    </message>
    <message>
        <source>Continue in set-up mode</source>
        <translation>以初始设置模式继续</translation>
    </message>
    <message>
        <source>This box office has no staff yet: anyone may set it up until the first administrator is created in Manage ▸ Staff.</source>
        <translation>本售票处尚未设置员工：在“管理 ▸ 员工”中创建第一位管理员之前，任何人都可以进行设置。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 locked this till. Type your PIN to go on, or pick another name to switch user.</source>
        <translation>%1 锁定了此收银台。输入您的 PIN 以继续，或选择其他用户名以切换用户。</translation>
    </message>
    <message>
        <source>Tessera Box Office</source>
        <translation>Tessera 售票台</translation>
    </message>
    <message>
        <source>Terminal %1. No staff have been set up yet.</source>
        <translation>终端 %1。尚未设置任何员工。</translation>
    </message>
    <message>
        <source>Terminal %1. Sign in with your name and PIN.</source>
        <translation>终端 %1。请使用用户名和 PIN 登录。</translation>
    </message>
    <message>
        <source>Pick or type your user name.</source>
        <translation>请选择或输入用户名。</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>请输入 PIN。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>Tessera Box Office — %1</source>
        <translation>Tessera 售票台 — %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>关于 Tessera(&amp;A)</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>关于 Tessera</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运维</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>售票</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>检票</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Terminal %1 · selling from the local database (works offline)</source>
        <translation>终端 %1 · 使用本地数据库售票（可离线工作）</translation>
    </message>
    <message>
        <source>Payments whose outcome is not known yet (Ctrl+R)</source>
        <translation>结果尚未确定的付款 (Ctrl+R)</translation>
    </message>
    <message>
        <source>To reconcile: %1</source>
        <translation>待对账：%1</translation>
    </message>
    <message>
        <source>Tessera Box Office</source>
        <translation>Tessera 售票台</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>锁定收银台 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Payments to &amp;reconcile…</source>
        <translation>待对账付款(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tessera Box Office&lt;/b&gt; %1&lt;br&gt;Sells seats, standing tickets and card keys at the counter, with or without a network.</source>
        <translation>&lt;b&gt;Tessera 售票台&lt;/b&gt; %1&lt;br&gt;在售票窗口出售座位票、站票和卡密，有无网络均可使用。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>Printouts go to the printer.</source>
        <translation>打印内容将发送到打印机。</translation>
    </message>
    <message>
        <source>Printouts are saved as PDF in %1.</source>
        <translation>打印内容将以 PDF 格式保存在 %1。</translation>
    </message>
    <message>
        <source>Unpaid counter &amp;orders…</source>
        <translation>柜台未付款订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Unpaid counter orders now keep their seats until cancelled.</source>
        <translation>柜台未付款订单现在会一直保留座位，直到被取消。</translation>
    </message>
    <message numerus="yes">
        <source>Unpaid counter orders now give their seats back after %n minute(s).</source>
        <translation>
            <numerusform>柜台未付款订单现在会在 %n 分钟后让出座位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何界面</translation>
    </message>
    <message>
        <source>Payment window</source>
        <translation>付款窗口</translation>
    </message>
    <message>
        <source>Box office &amp;time zone…</source>
        <translation>售票处时区(&amp;T)…</translation>
    </message>
    <message>
        <source>Times are now shown in %1.</source>
        <translation>时间现按 %1 显示。</translation>
    </message>
    <message>
        <source>Central &amp;server…</source>
        <translation>中央服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Your role does not open orders; ask a supervisor.</source>
        <translation>您的角色不能打开订单；请找主管。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>&amp;Alert rules…</source>
        <translation>告警规则(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Run &amp;report…</source>
        <translation>运行报告(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>tessera::ManagePage</name>
    <message>
        <source>&amp;Venues</source>
        <translation>场馆(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>场次(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Card keys</source>
        <translation>卡密(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <source>Your role does not allow this; ask an administrator.</source>
        <translation>您的角色无权执行此操作；请联系管理员。</translation>
    </message>
    <message>
        <source>This console takes its catalog from its central server (version %1): venues, events, prices, card keys and staff are changed on the server and arrive here with the next sync.</source>
        <translation>本终端的目录来自中央服务器（版本 %1）：场馆、场次、票价、卡密和员工均在服务器上修改，并随下次同步到达本终端。</translation>
    </message>
    <message>
        <source>Changed on the central server</source>
        <translation>在中央服务器上修改</translation>
    </message>
</context>
<context>
    <name>tessera::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>What they type or pick to sign in, e.g. wang.fang</source>
        <translation>登录时输入或选择的名称，例如 wang.fang</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. Wang Fang</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次输入 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;reate user</source>
        <translation>创建用户(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>User name: give the user a name to sign in with.</source>
        <translation>用户名：请为用户填写登录名。</translation>
    </message>
    <message>
        <source>Role: you may not grant any role.</source>
        <translation>角色：您无权授予任何角色。</translation>
    </message>
    <message>
        <source>The user was not created: %1</source>
        <translation>用户未创建：%1</translation>
    </message>
</context>
<context>
    <name>tessera::OpenShiftCommand</name>
    <message>
        <source>A currency is three capital letters, such as CNY or EUR.</source>
        <translation>币种须为三个大写字母，例如 CNY 或 EUR。</translation>
    </message>
    <message>
        <source>Shift %1 is already open on terminal %2 (opened by %3 at %4); close it first.</source>
        <translation>终端 %2 上的班次 %1 仍在进行中（由 %3 于 %4 开班）；请先交班。</translation>
    </message>
    <message>
        <source>Name the drawer&apos;s currency: there is no event or card product to take it from.</source>
        <translation>请指定钱箱币种：没有可供参照的场次或卡密商品。</translation>
    </message>
</context>
<context>
    <name>tessera::OpenShiftDialog</name>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Count the float into the drawer, type it and press Enter: the shift opens and the payment goes on.</source>
        <translation>把备用金点入钱箱，输入金额后按 Enter：开班后继续收款。</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>例如：500</translation>
    </message>
    <message>
        <source>&amp;Float (%1)</source>
        <translation>备用金(&amp;F)（%1）</translation>
    </message>
    <message>
        <source>Open shift and continue</source>
        <translation>开班并继续</translation>
    </message>
    <message>
        <source>Type the float: the cash the drawer starts with (0 if none).</source>
        <translation>请输入备用金：钱箱的初始现金（没有则填 0）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2.</source>
        <translation>“%1”不是有效的 %2 金额。</translation>
    </message>
    <message>
        <source>No shift is open on this terminal, and cash goes into a counted drawer.</source>
        <translation>本终端没有已开的班次，而现金必须进入需清点的钱箱。</translation>
    </message>
    <message>
        <source>No shift is open on this terminal, and this box office takes every payment within a shift.</source>
        <translation>本终端没有已开的班次，而本票务处的所有付款都须在班次内收取。</translation>
    </message>
</context>
<context>
    <name>tessera::OpenShiftPanel</name>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>例如：500</translation>
    </message>
    <message>
        <source>&amp;Float in the drawer</source>
        <translation>钱箱备用金(&amp;F)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Open the shift (Enter)</source>
        <translation>开班 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print Z-report…</source>
        <translation>打印 Z 报表(&amp;P)…</translation>
    </message>
    <message>
        <source>No shift is open on terminal %1. Count the float into the drawer, type it and press Enter.</source>
        <translation>终端 %1 没有进行中的班次。请清点备用金放入钱箱，输入金额后按 Enter。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在开班…</translation>
    </message>
    <message>
        <source>%1
Z-report saved to %2</source>
        <translation>%1
Z 报表已保存到 %2</translation>
    </message>
    <message>
        <source>Pick the drawer&apos;s currency (three letters, such as CNY).</source>
        <translation>请选择钱箱币种（三个字母，例如 CNY）。</translation>
    </message>
    <message>
        <source>Type the float: the cash the drawer starts with (0 if none).</source>
        <translation>请输入备用金：钱箱的初始现金（没有则填 0）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2.</source>
        <translation>“%1”不是有效的 %2 金额。</translation>
    </message>
</context>
<context>
    <name>tessera::OrderDetailPanel</name>
    <message>
        <source>Tickets and card keys</source>
        <translation>门票和卡密</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>退款(&amp;R)…</translation>
    </message>
    <message>
        <source>Refund the whole order or some lines (Alt+R)</source>
        <translation>整单退款或部分明细退款 (Alt+R)</translation>
    </message>
    <message>
        <source>E&amp;xchange seat…</source>
        <translation>换座(&amp;X)…</translation>
    </message>
    <message>
        <source>Move a seat ticket to another free seat at the same price (Alt+X)</source>
        <translation>将座位票换到另一个同价位的空座 (Alt+X)</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>补打(&amp;P)</translation>
    </message>
    <message>
        <source>Print the tickets and receipt again, marked DUPLICATE (Alt+P)</source>
        <translation>重新打印门票和收据，并标注“补打” (Alt+P)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Total %1 · Paid %2</source>
        <translation>合计 %1 · 已付 %2</translation>
    </message>
    <message>
        <source> · Refunded %1</source>
        <translation> · 已退款 %1</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 · 经办人 %2 · %3</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Used at %1, %2</source>
        <translation>已于 %2 在 %1 检票</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1，由 %2 授权</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 · expired: nothing was paid in time, the seats went back on sale</source>
        <translation>%1 · 已过期：未按时付款，座位已重新开售</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · 经办人 %2</translation>
    </message>
    <message>
        <source>Not issued: awaiting payment</source>
        <translation>未出票：等待付款</translation>
    </message>
    <message>
        <source>Cancel or&amp;der…</source>
        <translation>取消订单(&amp;D)…</translation>
    </message>
    <message>
        <source>Void an unpaid order; its seats go back on sale (Alt+D)</source>
        <translation>作废未付款订单；其座位将重新开放销售 (Alt+D)</translation>
    </message>
    <message>
        <source>At %1, through the server</source>
        <translation>在 %1，经由服务器</translation>
    </message>
</context>
<context>
    <name>tessera::OrderDetails</name>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation>%1 排 · %2 座</translation>
    </message>
</context>
<context>
    <name>tessera::OrderFormat</name>
    <message>
        <source>Customer request</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Event cancelled</source>
        <translation>场次取消</translation>
    </message>
    <message>
        <source>Event rescheduled</source>
        <translation>场次改期</translation>
    </message>
    <message>
        <source>Duplicate sale</source>
        <translation>重复售票</translation>
    </message>
    <message>
        <source>Wrong seat sold</source>
        <translation>售错座位</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Exchanged (void)</source>
        <translation>已换座（作废）</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Unknown — being checked</source>
        <translation>未知 — 核实中</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>售票窗口</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话订票</translation>
    </message>
    <message>
        <source>Voided at the counter</source>
        <translation>柜台作废</translation>
    </message>
    <message>
        <source>Sale abandoned at the counter</source>
        <translation>柜台放弃销售</translation>
    </message>
    <message>
        <source>Seat exchange</source>
        <translation>换座</translation>
    </message>
</context>
<context>
    <name>tessera::OrderLabelQueries</name>
    <message>
        <source>There is no event %1.</source>
        <translation>场次 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::OrderQueries</name>
    <message>
        <source>There is no order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Card keys are shown only for a paid order.</source>
        <translation>只有已付款订单才会显示卡密。</translation>
    </message>
    <message>
        <source>Card keys are stored encrypted; the data key is needed to show them.</source>
        <translation>卡密已加密存储；需要数据密钥才能显示。</translation>
    </message>
    <message>
        <source>A card key of this order cannot be decrypted: %1</source>
        <translation>此订单中有卡密无法解密：%1</translation>
    </message>
</context>
<context>
    <name>tessera::OrderRecord</name>
    <message>
        <source>There is no order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::OrdersPage</name>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Order number, customer name or phone — or scan a ticket or receipt</source>
        <translation>订单号、顾客姓名或电话，或扫描门票/收据</translation>
    </message>
    <message>
        <source>Type and press Enter, or scan. Ctrl+F comes back here; ↑/↓ pick an order from the list.</source>
        <translation>输入后按 Enter，或直接扫描。按 Ctrl+F 回到此处；按 ↑/↓ 从列表中选择订单。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Find an order to see it here.</source>
        <translation>查找订单后将在此处显示。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Latest orders. Type or scan to find one.</source>
        <translation>最新订单。输入或扫描以查找订单。</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>暂无订单。</translation>
    </message>
    <message>
        <source>No order matches “%1”.</source>
        <translation>没有与“%1”匹配的订单。</translation>
    </message>
    <message>
        <source>One order found for “%1”.</source>
        <translation>找到 1 个与“%1”匹配的订单。</translation>
    </message>
    <message>
        <source>%1 orders found for “%2”.</source>
        <translation>找到 %1 个与“%2”匹配的订单。</translation>
    </message>
    <message>
        <source>Nothing found. Check the number, or try the customer&apos;s full name or phone.</source>
        <translation>未找到。请检查订单号，或尝试顾客的全名或电话。</translation>
    </message>
    <message>
        <source>Pick an order from the list (↑/↓ or click).</source>
        <translation>请从列表中选择订单（↑/↓ 或单击）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This order could not be read: %1</source>
        <translation>无法读取此订单：%1</translation>
    </message>
    <message>
        <source>Refund %1 on order %2. Reason: %3.</source>
        <translation>订单 %2 退款 %1。原因：%3。</translation>
    </message>
    <message>
        <source>Refunded %1. Give the money back to the customer.</source>
        <translation>已退款 %1。请将款项退还给顾客。</translation>
    </message>
    <message>
        <source>Refunded %1, approved by %2. Give the money back to the customer.</source>
        <translation>已退款 %1，由 %2 授权。请将款项退还给顾客。</translation>
    </message>
    <message>
        <source>Nothing was refunded: the approval was cancelled.</source>
        <translation>未退款：授权已取消。</translation>
    </message>
    <message>
        <source>Exchanged %1. The old ticket no longer admits; reprint to give the customer the new one.</source>
        <translation>已换座：%1。原票已失效，不能再入场；请补打新票交给顾客。</translation>
    </message>
    <message>
        <source>Nothing was exchanged: the approval was cancelled.</source>
        <translation>未换座：授权已取消。</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Cancel order %1? Its seats and tickets go back on sale.</source>
        <translation>确定取消订单 %1 吗？其座位和门票将重新开放销售。</translation>
    </message>
    <message>
        <source>Cancel the unpaid order %1.</source>
        <translation>取消未付款订单 %1。</translation>
    </message>
    <message>
        <source>Order %1 is cancelled; its seats are on sale again.</source>
        <translation>订单 %1 已取消；其座位已重新开放销售。</translation>
    </message>
    <message>
        <source>The order was not cancelled: the approval was cancelled.</source>
        <translation>订单未取消：授权已取消。</translation>
    </message>
    <message>
        <source>Save the duplicate</source>
        <translation>保存补打件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The duplicate could not be printed: %1</source>
        <translation>无法打印补打件：%1</translation>
    </message>
    <message>
        <source>Duplicate saved to %1.</source>
        <translation>补打件已保存到 %1。</translation>
    </message>
    <message>
        <source>Card keys are not reprinted.</source>
        <translation>卡密不会补打。</translation>
    </message>
    <message>
        <source>%1 was taken for the dearer seat.</source>
        <translation>已收取更贵座位的差价 %1。</translation>
    </message>
    <message>
        <source>Give the customer %1 back.</source>
        <translation>请退还顾客 %1。</translation>
    </message>
    <message>
        <source>Exchange a seat on order %1.</source>
        <translation>为订单 %1 换座。</translation>
    </message>
    <message>
        <source>%1 The slip could not be printed: %2</source>
        <translation>%1 凭单未能打印：%2</translation>
    </message>
    <message>
        <source>%1 Slip saved to %2.</source>
        <translation>%1 凭单已保存到 %2。</translation>
    </message>
    <message>
        <source>%1 No printer is set up, so no slip was printed.</source>
        <translation>%1 尚未设置打印机，未打印凭单。</translation>
    </message>
    <message>
        <source>%1 The slip was sent to the printer.</source>
        <translation>%1 凭单已发送到打印机。</translation>
    </message>
    <message>
        <source>Search orders, or scan a ticket or receipt</source>
        <translation>搜索订单，或扫描门票或收据</translation>
    </message>
    <message>
        <source>Nothing was refunded: cash is paid back within an open shift.</source>
        <translation>未退款：现金退款须在已开的班次内进行。</translation>
    </message>
    <message>
        <source>Refund through the server…</source>
        <translation>经服务器退款…</translation>
    </message>
    <message>
        <source>This ticket was sold at another counter: the central server refunds it, and the money is paid back from this drawer.</source>
        <translation>此票由其他售票台售出：由中央服务器办理退款，款项从本钱箱退还。</translation>
    </message>
    <message>
        <source>This ticket was not sold at this counter.</source>
        <translation>此票不是本售票台售出的。</translation>
    </message>
    <message>
        <source>This ticket was sold at another counter. The central server %1 can refund it: press “Refund through the server…”.</source>
        <translation>此票由其他售票台售出。中央服务器 %1 可以为其退款：请按“经服务器退款…”。</translation>
    </message>
    <message>
        <source>Ticket %1 refunded through the server: pay back %2.</source>
        <translation>票 %1 已经服务器退款：请退还 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::PassphraseKeySource</name>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>新口令为空。</translation>
    </message>
</context>
<context>
    <name>tessera::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Cash  (F9)</source>
        <translation>现金  (F9)</translation>
    </message>
    <message>
        <source>Card terminal  (F10)</source>
        <translation>刷卡  (F10)</translation>
    </message>
    <message>
        <source>QR pay  (F11)</source>
        <translation>扫码支付  (F11)</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>确认收款</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>确认 (Enter)</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>返回购物车</translation>
    </message>
    <message>
        <source>Close without paying; the cart stays (Esc)</source>
        <translation>不收款直接关闭；购物车保持不变 (Esc)</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>未付款：%1</translation>
    </message>
    <message>
        <source>The provider did not confirm (%1). The payment is on the to-reconcile list and will be checked; take another payment only if the customer&apos;s app shows it failed.</source>
        <translation>支付机构未确认（%1）。此笔付款已列入待对账清单，稍后将核实；只有在顾客的支付应用显示付款失败时，才可重新收款。</translation>
    </message>
    <message>
        <source>Enter = exact amount</source>
        <translation>Enter = 金额正好</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Let the customer pay on the card terminal, then type what its slip shows.</source>
        <translation>请顾客在刷卡机上付款，然后输入签购单上显示的信息。</translation>
    </message>
    <message>
        <source>4–12 letters or digits</source>
        <translation>4–12 位字母或数字</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>last four digits</source>
        <translation>后四位</translation>
    </message>
    <message>
        <source>Card ends in</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <source>The customer scans this code with their payment app, or shows their own payment code to the scanner. Press Enter to start and wait for the provider&apos;s answer.</source>
        <translation>请顾客用支付应用扫描此码，或向扫码枪出示其付款码。按 Enter 开始，并等待支付机构的应答。</translation>
    </message>
    <message>
        <source>Start QR payment</source>
        <translation>开始扫码支付</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应收 %1</translation>
    </message>
    <message>
        <source>Order %1 is waiting for payment</source>
        <translation>订单 %1 待付款</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <source>The amount handed over is less than the amount due.</source>
        <translation>实收金额少于应收金额。</translation>
    </message>
    <message>
        <source>Payment window: cash</source>
        <translation>付款窗口：现金</translation>
    </message>
    <message>
        <source>Payment window: card terminal</source>
        <translation>付款窗口：刷卡终端</translation>
    </message>
    <message>
        <source>Payment window: QR pay</source>
        <translation>付款窗口：扫码支付</translation>
    </message>
    <message>
        <source>Payment window: take the payment (cash with nothing typed: the exact amount)</source>
        <translation>付款窗口：收款（现金未输入金额时按应付金额）</translation>
    </message>
    <message>
        <source>Payment window: back to the cart, nothing paid</source>
        <translation>付款窗口：返回购物车，不收款</translation>
    </message>
    <message>
        <source>Payment window: the first suggested cash amount (Alt+2… the next ones)</source>
        <translation>付款窗口：第一个建议现金金额（Alt+2… 依次为后面的金额）</translation>
    </message>
</context>
<context>
    <name>tessera::PaymentInput</name>
    <message>
        <source>Unknown payment method &quot;%1&quot;; use one of: %2.</source>
        <translation>未知支付方式 &quot;%1&quot;；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>A payment&apos;s state is &quot;approved&quot;, &quot;declined&quot; or &quot;unknown&quot;.</source>
        <translation>付款状态须为 &quot;approved&quot;、&quot;declined&quot; 或 &quot;unknown&quot;。</translation>
    </message>
    <message>
        <source>A payment that did not go through needs its error code.</source>
        <translation>未成功的付款须提供错误码。</translation>
    </message>
    <message>
        <source>Each payment must be an object.</source>
        <translation>每笔付款都必须是一个对象。</translation>
    </message>
    <message>
        <source>A card number has 12 to 19 digits.</source>
        <translation>银行卡号应为 12 到 19 位数字。</translation>
    </message>
    <message>
        <source>Give the last four digits of the card.</source>
        <translation>请提供银行卡号后四位。</translation>
    </message>
    <message>
        <source>Only cash is handed over.</source>
        <translation>只有现金才有收款金额。</translation>
    </message>
    <message>
        <source>The cash handed over is less than the amount paid.</source>
        <translation>收到的现金少于支付金额。</translation>
    </message>
</context>
<context>
    <name>tessera::PaymentResult</name>
    <message>
        <source>The amount tendered is less than the amount due.</source>
        <translation>实收金额少于应付金额。</translation>
    </message>
    <message>
        <source>The approval code must be 4 to 12 letters or digits.</source>
        <translation>授权码必须为 4 到 12 位字母或数字。</translation>
    </message>
    <message>
        <source>Enter the last four digits of the card.</source>
        <translation>请输入银行卡号后四位。</translation>
    </message>
    <message>
        <source>This payment is already in progress.</source>
        <translation>此笔付款正在处理中。</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translation>付款成功。</translation>
    </message>
    <message>
        <source>Insufficient funds. Ask for another payment method.</source>
        <translation>余额不足。请让顾客更换其他付款方式。</translation>
    </message>
    <message>
        <source>The payment was declined by the issuer.</source>
        <translation>发卡机构拒绝了此笔付款。</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>银行卡已过期。</translation>
    </message>
    <message>
        <source>No answer from the payment provider in time. The payment will be reconciled; do not charge again with a new attempt before checking.</source>
        <translation>支付机构未及时响应。此笔付款将进行对账；核实之前请勿重新发起扣款。</translation>
    </message>
    <message>
        <source>The payment provider could not be reached.</source>
        <translation>无法连接支付机构。</translation>
    </message>
    <message>
        <source>The payment provider is unavailable. Try again later or use another payment method.</source>
        <translation>支付机构暂不可用。请稍后重试或使用其他付款方式。</translation>
    </message>
    <message>
        <source>The customer cancelled the payment.</source>
        <translation>顾客取消了付款。</translation>
    </message>
    <message>
        <source>The amount is not valid for this payment.</source>
        <translation>此笔付款的金额无效。</translation>
    </message>
    <message>
        <source>The payment details are not valid.</source>
        <translation>付款信息无效。</translation>
    </message>
    <message>
        <source>The payment failed for an unknown reason.</source>
        <translation>付款失败，原因未知。</translation>
    </message>
    <message>
        <source>This payment key was already used for a different payment.</source>
        <translation>此付款键已用于另一笔付款。</translation>
    </message>
    <message>
        <source>No payment with this key; nothing was charged.</source>
        <translation>没有使用此键的付款；未发生扣款。</translation>
    </message>
    <message>
        <source>No approved payment with this reference.</source>
        <translation>没有与此流水号对应的成功付款。</translation>
    </message>
    <message>
        <source>Refund approved.</source>
        <translation>退款成功。</translation>
    </message>
</context>
<context>
    <name>tessera::PendingOrderWaitDialog</name>
    <message>
        <source>Unpaid counter orders</source>
        <translation>柜台未付款订单</translation>
    </message>
    <message>
        <source>When a payment is refused and the customer leaves, the order keeps its seats. After this many minutes without a payment they go back on sale. An order whose payment outcome is unknown waits for reconciliation instead; phone bookings are not affected.</source>
        <translation>付款被拒绝且顾客离开时，订单仍占着座位。超过这里设定的分钟数仍未付款，座位将重新开售。付款结果未知的订单改为等待对账；电话订票不受影响。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never: keep them until cancelled</source>
        <translation>从不：一直保留到被取消</translation>
    </message>
    <message>
        <source>Put the seats back on sale &amp;after</source>
        <translation>座位重新开售的等待时间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tessera::PinEntry</name>
    <message>
        <source>PIN: use at least %1 digits.</source>
        <translation>PIN：至少使用 %1 位数字。</translation>
    </message>
    <message>
        <source>PIN again: the two PINs differ; type the same PIN twice.</source>
        <translation>再次输入 PIN：两次输入的 PIN 不一致；请输入相同的 PIN。</translation>
    </message>
</context>
<context>
    <name>tessera::PrintableOrder</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>QR pay</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>%1 排 %2 座</translation>
    </message>
    <message>
        <source>%1, row %2, seat %3</source>
        <translation>%1，%2 排 %3 座</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站区</translation>
    </message>
</context>
<context>
    <name>tessera::PrintoutsMenu</name>
    <message>
        <source>&amp;Printouts</source>
        <translation>打印输出(&amp;P)</translation>
    </message>
    <message>
        <source>Send to the &amp;printer</source>
        <translation>发送到打印机(&amp;P)</translation>
    </message>
    <message>
        <source>Save as PDF in a &amp;folder…</source>
        <translation>另存为 PDF 到文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Print tickets and receipt &amp;automatically after payment</source>
        <translation>付款后自动打印门票和收据(&amp;A)</translation>
    </message>
    <message>
        <source>Folder for tickets, receipts and reports</source>
        <translation>门票、收据和报表的保存文件夹</translation>
    </message>
</context>
<context>
    <name>tessera::ReceiptDocument</name>
    <message>
        <source>DUPLICATE — REPRINT</source>
        <translation>补打 — 重印件</translation>
    </message>
    <message>
        <source>Box office receipt</source>
        <translation>售票处收据</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>%1 · refunded</source>
        <translation>%1 · 已退款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>CARD KEYS</source>
        <translation>卡密</translation>
    </message>
    <message>
        <source>Shown once, on the original receipt. This copy hides the codes.</source>
        <translation>卡密仅在原始收据上显示一次。本副本不显示卡密。</translation>
    </message>
    <message>
        <source>Shown once: keep this receipt safe. The codes cannot be printed again.</source>
        <translation>仅显示一次：请妥善保管本收据。卡密无法再次打印。</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>票</translation>
    </message>
    <message>
        <source>Thank you, and enjoy the show.</source>
        <translation>谢谢惠顾，祝您观演愉快。</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>tessera::ReconcileDialog</name>
    <message>
        <source>Payments to reconcile</source>
        <translation>待对账付款</translation>
    </message>
    <message>
        <source>The payment provider gave no clear answer for these payments, so nobody knows yet whether the customer was charged. The till asks the provider again every minute; an answer completes the order or leaves it waiting for payment. Never charge again for an order listed here without checking first.</source>
        <translation>支付机构未对这些付款给出明确答复，因此尚不确定顾客是否已被扣款。收银台每分钟会再次向支付机构查询；收到答复后，订单将完成，或继续等待付款。对于此处列出的订单，未经核实切勿再次收款。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Why unknown</source>
        <translation>结果未知原因</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>查询次数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Settle by hand (supervisor)</source>
        <translation>手动处理（主管）</translation>
    </message>
    <message>
        <source>Only after checking the payment on the provider&apos;s own portal. Type the provider&apos;s reference for it, then mark the selected payment.</source>
        <translation>须先在支付机构自己的管理平台上核实该笔付款。输入其支付机构流水号，然后标记所选付款。</translation>
    </message>
    <message>
        <source>Provider reference:</source>
        <translation>支付机构流水号：</translation>
    </message>
    <message>
        <source>as shown on the provider&apos;s portal</source>
        <translation>与支付机构平台上显示的一致</translation>
    </message>
    <message>
        <source>Mark as paid…</source>
        <translation>标记为已付款…</translation>
    </message>
    <message>
        <source>Mark as not paid…</source>
        <translation>标记为未付款…</translation>
    </message>
    <message>
        <source>A supervisor can mark a payment as paid or not paid by hand after checking the provider&apos;s portal.</source>
        <translation>主管在支付机构平台上核实后，可手动将付款标记为已付款或未付款。</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即查询</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>正在查询支付机构…</translation>
    </message>
    <message>
        <source>Checked: %1 answered, %2 still unknown.</source>
        <translation>已查询：%1 笔已有答复，%2 笔仍未知。</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取清单：%1</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>没有待对账的付款。</translation>
    </message>
    <message>
        <source>To reconcile: %1</source>
        <translation>待对账：%1</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <source>Answer lost (network)</source>
        <translation>应答丢失（网络）</translation>
    </message>
    <message>
        <source>Provider unavailable</source>
        <translation>支付机构不可用</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>QR pay</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>The provider cannot be asked: a supervisor settles it by hand.</source>
        <translation>无法向支付机构查询：须由主管手动处理。</translation>
    </message>
    <message>
        <source>Waiting for the provider.</source>
        <translation>正在等待支付机构。</translation>
    </message>
    <message>
        <source>Still unknown: %1.</source>
        <translation>仍未知：%1。</translation>
    </message>
    <message>
        <source>Type the provider&apos;s reference for this payment first.</source>
        <translation>请先输入此笔付款的支付机构流水号。</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>标记为已付款</translation>
    </message>
    <message>
        <source>Mark as not paid</source>
        <translation>标记为未付款</translation>
    </message>
    <message>
        <source>The provider&apos;s portal shows that %1 for order %2 was paid (reference %3)?

The order counts it as paid and its tickets are issued.</source>
        <translation>支付机构平台显示，订单 %2 的 %1 已付款（流水号 %3）？

该订单将视为已付款，并出票。</translation>
    </message>
    <message>
        <source>The provider&apos;s portal shows that %1 for order %2 was NOT taken?

The order keeps waiting for payment.</source>
        <translation>支付机构平台显示，订单 %2 的 %1 并未扣款？

该订单将继续等待付款。</translation>
    </message>
    <message>
        <source>This payment cannot be marked now; it may have been settled meanwhile.</source>
        <translation>目前无法标记此笔付款；它可能已在此期间处理完毕。</translation>
    </message>
</context>
<context>
    <name>tessera::ReconciliationService</name>
    <message>
        <source>Recording the supervisor&apos;s decision…</source>
        <translation>正在记录主管的处理结果…</translation>
    </message>
    <message>
        <source>The provider answered; recording it…</source>
        <translation>支付机构已答复；正在记录…</translation>
    </message>
    <message>
        <source>Not recorded yet (%1); tried again at the next check.</source>
        <translation>尚未记录（%1）；将在下次查询时重试。</translation>
    </message>
    <message>
        <source>The provider took %1, but order %2 can no longer take it (%3): refund it through the provider, reference %4.</source>
        <translation>支付机构已扣款 %1，但订单 %2 已无法入账（%3）：请通过支付机构退款，流水号 %4。</translation>
    </message>
    <message>
        <source>Paid: the order is complete and its tickets are issued.</source>
        <translation>已付款：订单已完成，并已出票。</translation>
    </message>
    <message>
        <source>Paid: %1 is still due on the order.</source>
        <translation>已付款：订单仍有 %1 未付。</translation>
    </message>
    <message>
        <source>Not paid: nothing was taken; the order still waits for payment.</source>
        <translation>未付款：未发生扣款；订单仍在等待付款。</translation>
    </message>
</context>
<context>
    <name>tessera::RecordAlertsCommand</name>
    <message>
        <source>The value is a number.</source>
        <translation>value 须为数字。</translation>
    </message>
    <message>
        <source>There is no alert rule %1.</source>
        <translation>没有告警规则 %1。</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>没有告警 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::RecordLoginCommand</name>
    <message>
        <source>Say whether the PIN was right.</source>
        <translation>请注明 PIN 是否正确。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>用户 &quot;%1&quot; 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::RecordRemoteRefundCommand</name>
    <message>
        <source>The amount is a whole number of minor units.</source>
        <translation>金额是以最小货币单位计的整数。</translation>
    </message>
    <message>
        <source>The server&apos;s refund %1 was paid at this counter already.</source>
        <translation>服务器退款 %1 已在本售票台付过。</translation>
    </message>
    <message>
        <source>No shift is open on terminal %1: the money is paid back from the drawer, so open a shift first.</source>
        <translation>终端 %1 没有打开的班次：款项从钱箱退还，请先开班。</translation>
    </message>
    <message>
        <source>The ticket was paid in %1; this drawer holds %2.</source>
        <translation>此票以 %1 支付；本钱箱存放的是 %2。</translation>
    </message>
    <message>
        <source>Refund of ticket %1 sold at %2 (server refund %3): %4</source>
        <translation>退还在 %2 售出的票 %1（服务器退款 %3）：%4</translation>
    </message>
</context>
<context>
    <name>tessera::RecordSyncStateCommand</name>
    <message>
        <source>state takes online, offline, failing or revoked, not &quot;%1&quot;.</source>
        <translation>state 应为 online、offline、failing 或 revoked，而不是“%1”。</translation>
    </message>
    <message>
        <source>backlog cannot be negative.</source>
        <translation>backlog 不能为负数。</translation>
    </message>
</context>
<context>
    <name>tessera::RecordTicketKeyCommand</name>
    <message>
        <source>A ticket key is 32 bytes (Ed25519), not %1.</source>
        <translation>票据密钥为 32 字节（Ed25519），而不是 %1 字节。</translation>
    </message>
    <message>
        <source>Another terminal signs its tickets with this key.</source>
        <translation>另一终端已使用此密钥签发门票。</translation>
    </message>
</context>
<context>
    <name>tessera::RedeemCommand</name>
    <message>
        <source>This is not a valid ticket code.</source>
        <translation>这不是有效的票码。</translation>
    </message>
    <message>
        <source>This ticket is for another event (%1).</source>
        <translation>此票属于其他场次（%1）。</translation>
    </message>
    <message>
        <source>This ticket was refunded and is void.</source>
        <translation>此票已退款，已作废。</translation>
    </message>
    <message>
        <source>This ticket&apos;s order is %1, not paid.</source>
        <translation>此票所属订单的状态为 %1，而非已付款。</translation>
    </message>
    <message>
        <source>Already used at %1 at %2.</source>
        <translation>此票已于 %1 在 %2 检票使用。</translation>
    </message>
    <message>
        <source>Forged: the signature does not match this box office&apos;s key.</source>
        <translation>伪造：签名与本系统的密钥不符。</translation>
    </message>
    <message>
        <source>This ticket was exchanged for another seat and is void.</source>
        <translation>此票已换座，已作废。</translation>
    </message>
</context>
<context>
    <name>tessera::RefundCommand</name>
    <message>
        <source>A line is given by its number.</source>
        <translation>明细须以其编号指定。</translation>
    </message>
    <message>
        <source>The same line is listed twice.</source>
        <translation>同一明细被列出两次。</translation>
    </message>
    <message>
        <source>Order %1 is %2; only a paid order can be refunded.</source>
        <translation>订单 %1 的状态为 %2；只有已付款订单可以退款。</translation>
    </message>
    <message>
        <source>Line %1 is not part of order %2.</source>
        <translation>明细 %1 不属于订单 %2。</translation>
    </message>
    <message>
        <source>Line %1 was refunded already.</source>
        <translation>明细 %1 已退款。</translation>
    </message>
    <message>
        <source>Ticket %1 was used at the gate; a used ticket is not refunded.</source>
        <translation>票 %1 已检票入场；已使用的票不能退款。</translation>
    </message>
    <message>
        <source>Nothing is left to refund on order %1.</source>
        <translation>订单 %1 已无可退款项。</translation>
    </message>
    <message>
        <source>Line %1 was exchanged; refund the line that replaced it.</source>
        <translation>明细 %1 已换座；请对替换它的明细办理退款。</translation>
    </message>
</context>
<context>
    <name>tessera::RefundDialog</name>
    <message>
        <source>Refund order %1</source>
        <translation>订单 %1 退款</translation>
    </message>
    <message>
        <source>&amp;Whole order (everything not yet refunded)</source>
        <translation>整单退款（所有尚未退款的项目）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Only the ticked lines</source>
        <translation>仅退勾选的明细(&amp;O)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Some tickets of this order were used at the gate; used tickets are not refunded, so tick the lines to refund.</source>
        <translation>此订单中有部分票已检票入场；已使用的票不能退款，请勾选要退款的明细。</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Say why, in a few words</source>
        <translation>请简要说明原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>To refund: %1</source>
        <translation>应退：%1</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
</context>
<context>
    <name>tessera::RefundElsewhereCommand</name>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <source>This ticket was sold at this terminal: refund it from its order.</source>
        <translation>此票是在本终端售出的：请从其订单办理退款。</translation>
    </message>
    <message>
        <source>This ticket was refunded already, at terminal %1 on %2.</source>
        <translation>此票已于 %2 在终端 %1 退款。</translation>
    </message>
    <message>
        <source>This ticket was refunded already, at terminal %1.</source>
        <translation>此票已在终端 %1 退款。</translation>
    </message>
    <message>
        <source>This ticket was exchanged for another seat; refund the new ticket.</source>
        <translation>此票已换成其他座位；请为新票退款。</translation>
    </message>
    <message>
        <source>This ticket was used at gate %1 on %2; a used ticket is not refunded.</source>
        <translation>此票已于 %2 在入口 %1 使用；已使用的票不予退款。</translation>
    </message>
    <message>
        <source>The order of this ticket is not paid; nothing can be refunded.</source>
        <translation>此票的订单未付款；没有可退的款项。</translation>
    </message>
    <message>
        <source>This terminal is not in service.</source>
        <translation>此终端已停用。</translation>
    </message>
</context>
<context>
    <name>tessera::RefundService</name>
    <message>
        <source>&quot;ticket_key&quot; is the terminal&apos;s Ed25519 ticket key, 32 bytes in base64.</source>
        <translation>“ticket_key”是终端的 Ed25519 票据密钥，32 字节，base64 编码。</translation>
    </message>
    <message>
        <source>A refund needs an Idempotency-Key header, so that a retry after a lost answer refunds once.</source>
        <translation>退款需要 Idempotency-Key 请求头，以便在应答丢失后重试时只退一次。</translation>
    </message>
    <message>
        <source>A refund at another counter is approved by a member of staff who may refund: give their name and PIN.</source>
        <translation>在其他售票台退款须由有退款权限的员工批准：请填写其用户名和 PIN。</translation>
    </message>
</context>
<context>
    <name>tessera::RefundsElsewhere</name>
    <message>
        <source>The server&apos;s catalog is malformed at %1: %2.</source>
        <translation>服务器目录在 %1 处格式错误：%2。</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>[refund, line, order, amount, reason, time, terminal] is expected</source>
        <translation>应为 [退款, 明细, 订单, 金额, 原因, 时间, 终端]</translation>
    </message>
</context>
<context>
    <name>tessera::RemoteRefundDialog</name>
    <message>
        <source>Refund a ticket sold at another counter</source>
        <translation>为其他售票台售出的票退款</translation>
    </message>
    <message>
        <source>Asking the server %1 about this ticket…</source>
        <translation>正在向服务器 %1 查询此票…</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Say why, in a few words</source>
        <translation>简单说明原因</translation>
    </message>
    <message>
        <source>Sign-in name of a supervisor or manager</source>
        <translation>主管或经理的登录名</translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation>批准人(&amp;A)</translation>
    </message>
    <message>
        <source>Their PIN (the server checks it)</source>
        <translation>其 PIN（由服务器核验）</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Refund and pay back</source>
        <translation>退款并退还款项</translation>
    </message>
    <message>
        <source>The server cannot refund this ticket.</source>
        <translation>服务器无法为此票退款。</translation>
    </message>
    <message>
        <source>%1 · %2
Sold at %3 for %4.</source>
        <translation>%1 · %2
在 %3 以 %4 售出。</translation>
    </message>
    <message>
        <source>The server refunds it once; %1 is paid back in cash from this drawer.</source>
        <translation>服务器只退款一次；%1 将从本钱箱以现金退还。</translation>
    </message>
    <message>
        <source>Refunded already, at %1 on %2.</source>
        <translation>已于 %2 在 %1 退款。</translation>
    </message>
    <message>
        <source>Used at gate %1 on %2: a used ticket is not refunded.</source>
        <translation>已于 %2 在入口 %1 使用：已使用的票不予退款。</translation>
    </message>
    <message>
        <source>Refunded already, at the counter that sold it.</source>
        <translation>已在售出此票的售票台退款。</translation>
    </message>
    <message>
        <source>Exchanged for another seat: refund the new ticket.</source>
        <translation>已换成其他座位：请为新票退款。</translation>
    </message>
    <message>
        <source>Its order is not paid: nothing can be refunded.</source>
        <translation>其订单未付款：没有可退的款项。</translation>
    </message>
    <message>
        <source>Say why the ticket is refunded.</source>
        <translation>请说明退票原因。</translation>
    </message>
    <message>
        <source>A supervisor or manager approves this refund: their name and PIN.</source>
        <translation>此退款须由主管或经理批准：请填写其用户名和 PIN。</translation>
    </message>
    <message>
        <source>Refunding through the server…</source>
        <translation>正在经服务器退款…</translation>
    </message>
    <message>
        <source>Refunded (server refund %1). Pay back %2 in cash to the customer.</source>
        <translation>已退款（服务器退款 %1）。请以现金向顾客退还 %2。</translation>
    </message>
    <message>
        <source>The counter that sold it is told with its next sync; the ticket stops opening its gates then.</source>
        <translation>售出此票的售票台将在下次同步时收到通知；届时此票将无法在其入口通行。</translation>
    </message>
</context>
<context>
    <name>tessera::RemoteRefunds</name>
    <message>
        <source>This is not a ticket code: %1</source>
        <translation>这不是门票码：%1</translation>
    </message>
    <message>
        <source>No terminal of this server signed this ticket: it is forged, or sold by a terminal that has not called the server since it was enrolled.</source>
        <translation>本服务器的终端均未签发此票：此票系伪造，或由注册后尚未联系过服务器的终端售出。</translation>
    </message>
    <message>
        <source>This ticket was sold at terminal %1, whose sale has not reached the server yet. Try again once %1 has synced.</source>
        <translation>此票由终端 %1 售出，但该笔销售尚未同步到服务器。请在 %1 同步后重试。</translation>
    </message>
</context>
<context>
    <name>tessera::RemoteTicketRefund</name>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <source>A refund needs its own idempotency key.</source>
        <translation>每笔退款都需要自己的幂等键。</translation>
    </message>
    <message>
        <source>The server refunded the ticket (refund %1), but this counter could not record paying it: %2 Try again: it is refunded once.</source>
        <translation>服务器已为此票退款（退款 %1），但本售票台未能记录付款：%2 请重试：只会退款一次。</translation>
    </message>
    <message>
        <source>No shift is open at this counter: the money is paid back from the drawer, so open a shift first.</source>
        <translation>本售票台没有打开的班次：款项从钱箱退还，请先开班。</translation>
    </message>
    <message>
        <source>The ticket was paid in %1; this drawer holds %2.</source>
        <translation>此票以 %1 支付；本钱箱存放的是 %2。</translation>
    </message>
    <message>
        <source>Only %1 is expected in the drawer; %2 cannot be paid back here.</source>
        <translation>钱箱中应有金额仅为 %1；无法在此退还 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::ReplicaGuard</name>
    <message>
        <source>This console takes its catalog from its central server (catalog version %1): venues, events, prices, card keys and staff are changed on the server and reach this console with its next sync (%2 refused here).</source>
        <translation>本终端的目录来自中央服务器（目录版本 %1）：场馆、场次、票价、卡密和员工均在服务器上修改，并随下次同步到达本终端（此处拒绝 %2）。</translation>
    </message>
</context>
<context>
    <name>tessera::ReportCsv</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>支付机构</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tessera::RevocationList</name>
    <message>
        <source>The revocation list is truncated (%1 bytes).</source>
        <translation>作废名单已被截断（%1 字节）。</translation>
    </message>
    <message>
        <source>This is not a Tessera revocation list.</source>
        <translation>这不是 Tessera 作废名单。</translation>
    </message>
    <message>
        <source>The revocation list is format version %1; this version reads %2.</source>
        <translation>作废名单的格式版本为 %1；当前版本只能读取 %2。</translation>
    </message>
    <message>
        <source>The revocation list&apos;s signature does not match.</source>
        <translation>作废名单的签名不符。</translation>
    </message>
    <message>
        <source>The revocation list is signed by an unknown key (%1).</source>
        <translation>作废名单由未知密钥签名（%1）。</translation>
    </message>
    <message>
        <source>The revocation list claims %1 ids but has room for fewer.</source>
        <translation>作废名单声明包含 %1 个 ID，但其数据长度容纳不下。</translation>
    </message>
    <message>
        <source>The revocation list&apos;s id %1 is malformed.</source>
        <translation>作废名单中的第 %1 个 ID 格式有误。</translation>
    </message>
    <message>
        <source>The revocation list has %1 bytes after its last id.</source>
        <translation>作废名单在最后一个 ID 之后多出 %1 字节。</translation>
    </message>
</context>
<context>
    <name>tessera::RevokeTerminalCommand</name>
    <message>
        <source>There is no terminal &quot;%1&quot;.</source>
        <translation>没有终端“%1”。</translation>
    </message>
    <message>
        <source>Terminal %1 was revoked at %2 already.</source>
        <translation>终端 %1 已于 %2 被吊销。</translation>
    </message>
</context>
<context>
    <name>tessera::RotateDataKeyCommand</name>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>新口令为空。</translation>
    </message>
    <message>
        <source>Card key %1 cannot be decrypted; the key was not rotated.</source>
        <translation>卡密 %1 无法解密；未轮换密钥。</translation>
    </message>
    <message>
        <source>The customer of order %1 cannot be decrypted; the key was not rotated.</source>
        <translation>订单 %1 的顾客信息无法解密；未轮换密钥。</translation>
    </message>
</context>
<context>
    <name>tessera::RunReportCharts</name>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Approved / attempted</source>
        <translation>成功 / 尝试</translation>
    </message>
</context>
<context>
    <name>tessera::RunReportDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>运行报告</translation>
    </message>
    <message>
        <source>Totals, the timeline of sales and payment success, error codes, refunds, peak minute, terminals, channels and stock, as a PDF; the orders, payments and refunds as CSV files for a spreadsheet.</source>
        <translation>汇总、销售与付款成功率的时间线、错误码、退款、峰值分钟、终端、渠道和库存，生成 PDF；订单、付款和退款另存为可用电子表格打开的 CSV 文件。</translation>
    </message>
    <message>
        <source>An &amp;event</source>
        <translation>场次(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Business days</source>
        <translation>营业日(&amp;B)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;in</source>
        <translation>保存到(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>生成报告(&amp;W)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Folder for the run report</source>
        <translation>运行报告的保存文件夹</translation>
    </message>
    <message>
        <source>Choose an event.</source>
        <translation>请选择场次。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Cannot write into the folder &quot;%1&quot;; choose another.</source>
        <translation>无法写入文件夹“%1”；请另选一个。</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Saved to %1:
%2</source>
        <translation>已保存到 %1：
%2</translation>
    </message>
    <message>
        <source>Every &amp;terminal, as the server %1 has them (PDF only)</source>
        <translation>所有终端(&amp;T)，按服务器 %1 的数据（仅 PDF）</translation>
    </message>
    <message>
        <source>The server checks it</source>
        <translation>由服务器验证</translation>
    </message>
    <message>
        <source>Your &amp;PIN</source>
        <translation>您的 PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Type your PIN: the server checks who asks for every terminal&apos;s figures.</source>
        <translation>请输入您的 PIN：服务器会核验是谁在查询所有终端的数据。</translation>
    </message>
    <message>
        <source>Asking the server %1…</source>
        <translation>正在向服务器 %1 查询…</translation>
    </message>
    <message>
        <source>The server&apos;s figures could not be had: %1</source>
        <translation>无法获取服务器的数据：%1</translation>
    </message>
</context>
<context>
    <name>tessera::RunReportDocument</name>
    <message>
        <source>Run report: %1</source>
        <translation>运行报告：%1</translation>
    </message>
    <message>
        <source>Run report %1 – %2</source>
        <translation>运行报告 %1 – %2</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Payment attempts</source>
        <translation>付款尝试</translation>
    </message>
    <message>
        <source>Payment success</source>
        <translation>付款成功率</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>已取消订单</translation>
    </message>
    <message>
        <source>Peak throughput</source>
        <translation>峰值吞吐量</translation>
    </message>
    <message>
        <source>%1 orders/min</source>
        <translation>%1 单/分钟</translation>
    </message>
    <message>
        <source>Peak minute: %1, orders placed in it: %2.</source>
        <translation>峰值分钟：%1，该分钟内下单 %2 笔。</translation>
    </message>
    <message>
        <source>No order was placed in this range.</source>
        <translation>此范围内没有订单。</translation>
    </message>
    <message>
        <source>Average throughput: %1 orders/min over %2 min.</source>
        <translation>平均吞吐量：%2 分钟内 %1 单/分钟。</translation>
    </message>
    <message>
        <source>Sales over time</source>
        <translation>销售时间线</translation>
    </message>
    <message>
        <source>Orders per %1 min, by sales channel.</source>
        <translation>每 %1 分钟的订单数，按销售渠道。</translation>
    </message>
    <message>
        <source>Orders per hour, by sales channel.</source>
        <translation>每小时的订单数，按销售渠道。</translation>
    </message>
    <message>
        <source>Orders per day, by sales channel.</source>
        <translation>每天的订单数，按销售渠道。</translation>
    </message>
    <message>
        <source>Payment success over time</source>
        <translation>付款成功率时间线</translation>
    </message>
    <message>
        <source>Approved payments as a share of the attempts in each period; no point where nothing was attempted.</source>
        <translation>每个时段内成功付款占付款尝试的比例；没有尝试的时段不画点。</translation>
    </message>
    <message>
        <source>Payments by method</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <source>No payment was attempted.</source>
        <translation>没有付款尝试。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>支付机构</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>No payment failed.</source>
        <translation>没有失败的付款。</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>失败的付款</translation>
    </message>
    <message>
        <source>Share of failures</source>
        <translation>占失败比例</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>… %1 more in payments.csv.</source>
        <translation>… 另有 %1 笔，见 payments.csv。</translation>
    </message>
    <message>
        <source>Refunds and reasons</source>
        <translation>退款及原因</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填写原因）</translation>
    </message>
    <message>
        <source>No refund.</source>
        <translation>没有退款。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No order.</source>
        <translation>没有订单。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>By sales channel</source>
        <translation>按销售渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>按终端</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Stock by category</source>
        <translation>各分区库存</translation>
    </message>
    <message>
        <source>No stock to show.</source>
        <translation>没有库存可显示。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Sold %</source>
        <translation>售出率</translation>
    </message>
    <message>
        <source>still on</source>
        <translation>仍在持续</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>No alert recorded.</source>
        <translation>没有记录到告警。</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Sync incidents</source>
        <translation>同步事件</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>运行报告</translation>
    </message>
    <message>
        <source>%1 · starts %2</source>
        <translation>%1 · 开始于 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Covers %1 to %2 (time zone %3), terminal %4.</source>
        <translation>统计范围 %1 至 %2（时区 %3），终端 %4。</translation>
    </message>
    <message>
        <source>Printed %1 · Tessera</source>
        <translation>打印于 %1 · Tessera</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Terminal revoked by the server</source>
        <translation>终端已被服务器吊销</translation>
    </message>
    <message>
        <source>Server refused the journal</source>
        <translation>服务器拒收了日志</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · entries that waited: %n</source>
        <translation>
            <numerusform>%1 · 等待上传的日志：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers %1 to %2 (time zone %3), every terminal, as the server %4 has them.</source>
        <translation>涵盖 %1 至 %2（时区 %3），全部终端，数据取自服务器 %4。</translation>
    </message>
</context>
<context>
    <name>tessera::RunReportReader</name>
    <message>
        <source>There is no event %1.</source>
        <translation>没有场次 %1。</translation>
    </message>
    <message>
        <source>Give the first day of the report.</source>
        <translation>请给出报告的第一天。</translation>
    </message>
    <message>
        <source>Give the last day of the report.</source>
        <translation>请给出报告的最后一天。</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>最后一天（%1）早于第一天（%2）。</translation>
    </message>
</context>
<context>
    <name>tessera::SaleController</name>
    <message>
        <source>The QR payment for order %1 was confirmed.</source>
        <translation>订单 %1 的扫码支付已确认。</translation>
    </message>
    <message>
        <source>Order %1 is waiting for payment: take the payment or cancel the sale before adding more.</source>
        <translation>订单 %1 正在等待付款：请先完成收款或取消本单，再添加更多项目。</translation>
    </message>
    <message>
        <source>Order %1 was cancelled; its seats are back on sale.</source>
        <translation>订单 %1 已取消；其座位已重新开放销售。</translation>
    </message>
    <message>
        <source>The cash handed over is less than the amount due.</source>
        <translation>实收现金少于应收金额。</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>正在记录交易…</translation>
    </message>
    <message>
        <source>Recording the payment…</source>
        <translation>正在记录付款…</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay with their phone…</source>
        <translation>正在等待顾客用手机付款…</translation>
    </message>
    <message>
        <source>Order %1 was not paid in time: it expired and its seats are back on sale. Start the sale again.</source>
        <translation>订单 %1 未按时付款，已过期，座位已重新开售。请重新开始销售。</translation>
    </message>
    <message>
        <source>Order %1 was cancelled on another screen.</source>
        <translation>订单 %1 已在另一个界面被取消。</translation>
    </message>
    <message>
        <source>No shift is open, so nothing was paid. Open a shift to take this payment.</source>
        <translation>没有已开的班次，因此未收款。请开班后再收取此笔付款。</translation>
    </message>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation>%1 排 · %2 座</translation>
    </message>
</context>
<context>
    <name>tessera::SaleLines</name>
    <message>
        <source>At least one line is needed.</source>
        <translation>至少需要一条明细。</translation>
    </message>
    <message>
        <source>Each line must be an object.</source>
        <translation>每条明细都必须是一个对象。</translation>
    </message>
    <message>
        <source>A line names exactly one of &quot;seat&quot;, &quot;ga&quot; or &quot;card&quot;.</source>
        <translation>每条明细须且只能指定 &quot;seat&quot;、&quot;ga&quot;、&quot;card&quot; 其中之一。</translation>
    </message>
    <message>
        <source>A seat line has no quantity.</source>
        <translation>座位明细不能指定数量。</translation>
    </message>
    <message>
        <source>The same seat is listed twice.</source>
        <translation>同一座位被列出两次。</translation>
    </message>
    <message>
        <source>At most %1 items can be on one line.</source>
        <translation>每条明细最多 %1 件。</translation>
    </message>
    <message>
        <source>Card keys have no ticket type.</source>
        <translation>卡密不能指定票种。</translation>
    </message>
</context>
<context>
    <name>tessera::SandboxQrSettings</name>
    <message>
        <source>&quot;%1&quot; is a share between 0 and 1, not &quot;%2&quot;.</source>
        <translation>“%1”应为 0 到 1 之间的比例，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value (key=value).</source>
        <translation>“%1”需要一个值（键=值）。</translation>
    </message>
    <message>
        <source>&quot;latency&quot; is milliseconds or MIN-MAX (at most 600000), not &quot;%1&quot;.</source>
        <translation>“latency”应为毫秒数或“最小-最大”（不超过 600000），而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE:WEIGHT with a known error code and a positive weight.</source>
        <translation>“%1”不是“错误码:权重”格式，或错误码未知、权重不是正数。</translation>
    </message>
    <message>
        <source>&quot;seed&quot; is a whole number, not &quot;%1&quot;.</source>
        <translation>“seed”应为整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown sandbox setting &quot;%1&quot;; known: latency, failure, lost, errors, seed.</source>
        <translation>未知的沙箱设置“%1”；可用：latency、failure、lost、errors、seed。</translation>
    </message>
</context>
<context>
    <name>tessera::ScanLog</name>
    <message>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>票码</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Admitted today: %1 · Refused: %2</source>
        <translation>今日放行：%1 · 拒绝：%2</translation>
    </message>
</context>
<context>
    <name>tessera::ScanWording</name>
    <message>
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>ALREADY USED</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>伪造票</translation>
    </message>
    <message>
        <source>NOT A TICKET</source>
        <translation>无效票码</translation>
    </message>
    <message>
        <source>OTHER EVENT</source>
        <translation>其他场次</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>NOT YET VALID</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>未能验票</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Do not let in · call a supervisor</source>
        <translation>禁止入场 · 请呼叫主管</translation>
    </message>
    <message>
        <source>Do not let in · scan again</source>
        <translation>禁止入场 · 请重新扫描</translation>
    </message>
    <message>
        <source>Do not let in</source>
        <translation>禁止入场</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>场次 %1</translation>
    </message>
    <message>
        <source>First entry %1 at gate %2</source>
        <translation>首次入场：%1，检票口 %2</translation>
    </message>
    <message>
        <source>This ticket was already let in.</source>
        <translation>此票已入场。</translation>
    </message>
    <message>
        <source>This ticket was exchanged for another seat and is void.</source>
        <translation>此票已换座，已作废。</translation>
    </message>
    <message>
        <source>This ticket&apos;s order was cancelled; the ticket is void.</source>
        <translation>此票所属订单已取消；此票已作废。</translation>
    </message>
    <message>
        <source>This ticket was refunded and is void.</source>
        <translation>此票已退款，已作废。</translation>
    </message>
    <message>
        <source>This ticket was revoked and is void.</source>
        <translation>此票已被撤销，已作废。</translation>
    </message>
    <message>
        <source>This code was altered or not issued by this box office.</source>
        <translation>此票码已被篡改，或并非本售票处签发。</translation>
    </message>
    <message>
        <source>This code is not a ticket of this box office.</source>
        <translation>此码不是本售票处的门票。</translation>
    </message>
    <message>
        <source>This gate admits %1 only.</source>
        <translation>本检票口仅放行 %1。</translation>
    </message>
    <message>
        <source>This ticket is for another event.</source>
        <translation>此票属于其他场次。</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>自 %1 起有效</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tessera::Schema</name>
    <message>
        <source>The database was written by a newer Tessera (schema %1, this build knows %2).</source>
        <translation>该数据库由更新版本的 Tessera 写入（结构版本 %1，当前版本仅支持到 %2）。</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>迁移到结构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>tessera::SealedBox</name>
    <message>
        <source>A %1 key of the sealed box is %2 bytes.</source>
        <translation>密封盒的 %1 密钥应为 %2 字节。</translation>
    </message>
    <message>
        <source>A sealed box is at least %1 bytes; this one is %2.</source>
        <translation>密封盒至少 %1 字节；此项只有 %2 字节。</translation>
    </message>
    <message>
        <source>Sealing or opening a card key failed in OpenSSL (%1).</source>
        <translation>在 OpenSSL 中加密或解密卡密失败（%1）。</translation>
    </message>
</context>
<context>
    <name>tessera::SealedSecrets</name>
    <message>
        <source>The secret &quot;%1&quot; kept in this database cannot be opened with its data key.</source>
        <translation>此数据库中保存的机密“%1”无法用其数据密钥解开。</translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapLegend</name>
    <message numerus="yes">
        <source>Selected (%n)</source>
        <translation>
            <numerusform>已选（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已锁座</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已封锁</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Another counter&apos;s</source>
        <translation>其他柜台</translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapModel</name>
    <message>
        <source>Row %1, seat %2</source>
        <translation>%1排%2座</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已锁座</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已封锁</translation>
    </message>
    <message>
        <source>another counter&apos;s to sell</source>
        <translation>由其他柜台销售</translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapReader</name>
    <message>
        <source>There is no event %1.</source>
        <translation>场次 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::SeatMapView</name>
    <message>
        <source>Click a seat to select it or drag to select several. Wheel or +/− zooms, right-drag or the arrow keys pan, 0 fits the map, Esc clears the selection.</source>
        <translation>单击座位可选中，拖动可选中多个座位。滚轮或 +/− 缩放，右键拖动或方向键平移，0 键使座位图适应窗口，Esc 清除选择。</translation>
    </message>
</context>
<context>
    <name>tessera::SeatPlanImportDialog</name>
    <message>
        <source>Import a seat map</source>
        <translation>导入座位图</translation>
    </message>
    <message>
        <source>Choose a seating plan in the pretix format (JSON). It is checked and previewed before anything is imported.</source>
        <translation>请选择 pretix 格式（JSON）的座位图。导入前会先校验并预览。</translation>
    </message>
    <message>
        <source>Path of the plan file</source>
        <translation>座位图文件路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Plan &amp;file</source>
        <translation>座位图文件(&amp;F)</translation>
    </message>
    <message>
        <source>Taken from the plan when left empty</source>
        <translation>留空则使用座位图中的名称</translation>
    </message>
    <message>
        <source>Venue &amp;name</source>
        <translation>场馆名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <source>No plan chosen yet.</source>
        <translation>尚未选择座位图。</translation>
    </message>
    <message>
        <source>The plan&apos;s seats, coloured by category</source>
        <translation>座位图中的座位，按分区着色</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a seating plan</source>
        <translation>选择座位图</translation>
    </message>
    <message>
        <source>Seating plans (*.json);;All files (*)</source>
        <translation>座位图 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The seating plan has no seats.</source>
        <translation>座位图中没有座位。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation>正在校验座位图…</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>不会导入任何内容。</translation>
    </message>
    <message>
        <source>This seating plan cannot be imported. %1</source>
        <translation>无法导入此座位图。%1</translation>
    </message>
    <message>
        <source>This seating plan cannot be imported. At %1: %2</source>
        <translation>无法导入此座位图。位置 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 seats</source>
        <translation>%1：%2 个座位</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 seats in %n categories&lt;br&gt;%3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 个座位，%n 个分区&lt;br&gt;%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Venue name: give the venue a name.</source>
        <translation>场馆名称：请为场馆填写名称。</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone; pick one such as Asia/Shanghai.</source>
        <translation>时区：“%1”不是有效时区；请选择 Asia/Shanghai 这样的时区。</translation>
    </message>
    <message>
        <source>Importing %1 seats…</source>
        <translation>正在导入 %1 个座位…</translation>
    </message>
    <message>
        <source>The venue was not imported: %1</source>
        <translation>场馆未导入：%1</translation>
    </message>
</context>
<context>
    <name>tessera::SeatPlanParser</name>
    <message>
        <source>a string or null</source>
        <translation>字符串或 null</translation>
    </message>
    <message>
        <source>The uuid &quot;%1&quot; is used twice, by %2 and by %3; uuids must be unique across all objects.</source>
        <translation>uuid &quot;%1&quot; 被 %2 和 %3 重复使用；uuid 在所有对象中必须唯一。</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>The category name is empty; seats refer to categories by name.</source>
        <translation>分区名称为空；座位通过名称引用分区。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is defined twice, as categories[%2] and categories[%3].</source>
        <translation>分区“%1”被重复定义：categories[%2] 和 categories[%3]。</translation>
    </message>
    <message>
        <source>&quot;row_number_position&quot; must be &quot;start&quot;, &quot;end&quot;, &quot;both&quot; or null, not &quot;%1&quot;.</source>
        <translation>&quot;row_number_position&quot; 必须是 &quot;start&quot;、&quot;end&quot;、&quot;both&quot; 或 null，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The seat guid is empty; every seat needs a guid that identifies it.</source>
        <translation>座位 guid 为空；每个座位都需要一个用于标识自身的 guid。</translation>
    </message>
    <message>
        <source>The seat guid &quot;%1&quot; is used twice, by %2 and by %3.</source>
        <translation>座位 guid &quot;%1&quot; 被 %2 和 %3 重复使用。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not defined; the plan&apos;s categories are: %2.</source>
        <translation>分区“%1”未定义；座位图中的分区有：%2。</translation>
    </message>
    <message>
        <source>&quot;shape&quot; must be one of %1, not &quot;%2&quot;.</source>
        <translation>&quot;shape&quot; 必须是 %1 之一，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The seating plan is not valid JSON: %1.</source>
        <translation>座位图不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>A seating plan must be a JSON object, not %1.</source>
        <translation>座位图必须是 JSON 对象，而不是%1。</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
</context>
<context>
    <name>tessera::SellCommand</name>
    <message>
        <source>Unknown sales channel &quot;%1&quot;.</source>
        <translation>未知销售渠道 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sold in %2, the rest of the order in %3.</source>
        <translation>“%1”以 %2 计价，而订单其余部分以 %3 计价。</translation>
    </message>
    <message>
        <source>This event has no ticket type &quot;%1&quot;.</source>
        <translation>本场次没有票种“%1”。</translation>
    </message>
    <message>
        <source>There is no price for ticket type &quot;%1&quot; here.</source>
        <translation>此处没有票种“%1”的价格。</translation>
    </message>
    <message>
        <source>The payments (%1) exceed the order total (%2); record the amount applied to the order and give the change.</source>
        <translation>付款金额（%1）超过订单总额（%2）；请登记实际计入订单的金额，并找零。</translation>
    </message>
</context>
<context>
    <name>tessera::SellPage</name>
    <message>
        <source>Pick an event on the left (Ctrl+F to search).</source>
        <translation>请在左侧选择场次（按 Ctrl+F 搜索）。</translation>
    </message>
    <message>
        <source>Seats together:</source>
        <translation>连座数：</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>最佳座位</translation>
    </message>
    <message>
        <source>Select the best seats together (Ctrl+B)</source>
        <translation>自动选择最佳连座 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Add seats to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <source>Put the selected seats in the cart (Enter on the map, or Ctrl+Enter)</source>
        <translation>将所选座位加入购物车（在座位图上按 Enter，或按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>搜索场次 (Ctrl+F)</translation>
    </message>
    <message>
        <source>The cart holds tickets for another event: finish or clear that sale first.</source>
        <translation>购物车中有其他场次的票：请先完成或清空该笔交易。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Click seats, drag a band, or Ctrl+B.</source>
        <translation>单击选座、拖动框选，或按 Ctrl+B。</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) selected · %1 — Enter adds them</source>
        <translation>
            <numerusform>已选 %n 个座位 · %1 — 按 Enter 加入购物车</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %n seats together are free.</source>
        <translation>
            <numerusform>没有 %n 个相邻的空座。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart is empty: add seats, standing tickets or card keys first.</source>
        <translation>购物车为空：请先添加座位、站票或卡密。</translation>
    </message>
    <message>
        <source>Cancel order %1 (%2 not paid)</source>
        <translation>取消订单 %1（%2 未付）</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索演出</translation>
    </message>
    <message>
        <source>Best available seats together</source>
        <translation>最佳连座</translation>
    </message>
    <message>
        <source>Add the selected seats to the cart</source>
        <translation>将选中的座位加入购物车</translation>
    </message>
    <message>
        <source>Go to standing tickets and card keys</source>
        <translation>转到站票和卡密</translation>
    </message>
    <message>
        <source>Go to the cart</source>
        <translation>转到购物车</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Clear the sale (asks first)</source>
        <translation>清空本次销售（先确认）</translation>
    </message>
    <message>
        <source>Clear the sale</source>
        <translation>清空本次销售</translation>
    </message>
    <message>
        <source>Remove everything from the cart? Held seats and tickets go back on sale.</source>
        <translation>清空购物车中的全部内容？已保留的座位和门票将重新开售。</translation>
    </message>
    <message>
        <source>Keep selling</source>
        <translation>继续销售</translation>
    </message>
</context>
<context>
    <name>tessera::ServerAlertRuleStore</name>
    <message>
        <source>the server %1</source>
        <translation>服务器 %1 </translation>
    </message>
</context>
<context>
    <name>tessera::ServerAlertWatch</name>
    <message>
        <source>alerts could not be evaluated: %1</source>
        <translation>无法评估告警：%1</translation>
    </message>
    <message>
        <source>alert started: %1 — now %2</source>
        <translation>告警开始：%1 — 当前 %2</translation>
    </message>
    <message>
        <source>alert ended: %1 — now %2, worst %3</source>
        <translation>告警结束：%1 — 当前 %2，最差 %3</translation>
    </message>
</context>
<context>
    <name>tessera::ServerCli</name>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation>服务器的数据目录。</translation>
    </message>
    <message>
        <source>Another program already serves %1: %2</source>
        <translation>另一个程序已在服务 %1：%2</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT (for example 0.0.0.0:8443), not &quot;%1&quot;.</source>
        <translation>--listen 需要 地址:端口（例如 0.0.0.0:8443），而不是“%1”。</translation>
    </message>
    <message>
        <source>tessera-server: the central server of Tessera.</source>
        <translation>tessera-server：Tessera 的中央服务器。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>A host name the certificate is valid for (repeatable).</source>
        <translation>证书适用的主机名（可重复）。</translation>
    </message>
    <message>
        <source>An IP address the certificate is valid for (repeatable).</source>
        <translation>证书适用的 IP 地址（可重复）。</translation>
    </message>
    <message>
        <source>Seed a demo venue and event.</source>
        <translation>写入演示场馆和演出。</translation>
    </message>
    <message>
        <source>init needs --data DIR.</source>
        <translation>init 需要 --data 目录。</translation>
    </message>
    <message>
        <source>%1 is already a server&apos;s data directory; nothing was changed.</source>
        <translation>%1 已是服务器的数据目录；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 holds part of a server (%2) but not all of it; nothing was changed. Move it away or finish it by hand.</source>
        <translation>%1 只包含服务器的一部分（%2）；未做任何更改。请将其移走或手动补全。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Address and port to serve on.</source>
        <translation>提供服务的地址和端口。</translation>
    </message>
    <message>
        <source>run needs --data DIR.</source>
        <translation>run 需要 --data 目录。</translation>
    </message>
    <message>
        <source>%1 is not a server&apos;s data directory: run tessera-server init --data %1 first.</source>
        <translation>%1 不是服务器的数据目录：请先运行 tessera-server init --data %1。</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 cannot be read.</source>
        <translation>无法读取 %1 中的 TLS 证书或密钥。</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>无法在 %1 上监听。</translation>
    </message>
    <message>
        <source>stopping (%1)</source>
        <translation>正在停止（%1）</translation>
    </message>
    <message>
        <source>serving %1 (journal at %2)</source>
        <translation>正在服务 %1（日志序号 %2）</translation>
    </message>
    <message>
        <source>listening on https://%1:%2</source>
        <translation>正在监听 https://%1:%2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Unknown admin request &quot;%1&quot;.</source>
        <translation>未知的管理请求“%1”。</translation>
    </message>
    <message>
        <source>%1 for terminal %2</source>
        <translation>终端 %2：%1</translation>
    </message>
    <message>
        <source>The terminal&apos;s name (letters, digits, - _ .).</source>
        <translation>终端名称（字母、数字、- _ .）。</translation>
    </message>
    <message>
        <source>The venue the terminal sells for (its id).</source>
        <translation>终端售票所属的场馆（编号）。</translation>
    </message>
    <message>
        <source>How long the code may be used (hours, default 24).</source>
        <translation>注册码的有效时长（小时，默认 24）。</translation>
    </message>
    <message>
        <source>enrol-code needs --data DIR, --terminal NAME and --venue ID.</source>
        <translation>enrol-code 需要 --data 目录、--terminal 名称和 --venue 编号。</translation>
    </message>
    <message>
        <source>--venue takes a venue&apos;s id (a number), not &quot;%1&quot;.</source>
        <translation>--venue 需要场馆编号（数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>--valid-hours takes a number of hours, not &quot;%1&quot;.</source>
        <translation>--valid-hours 需要小时数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The terminal&apos;s name.</source>
        <translation>终端名称。</translation>
    </message>
    <message>
        <source>revoke needs --data DIR and --terminal NAME.</source>
        <translation>revoke 需要 --data 目录和 --terminal 名称。</translation>
    </message>
    <message>
        <source>terminals needs --data DIR.</source>
        <translation>terminals 需要 --data 目录。</translation>
    </message>
    <message>
        <source>totals rebuilt from %1 journal entries</source>
        <translation>已根据 %1 条日志条目重建汇总</translation>
    </message>
    <message>
        <source>rebuild-totals needs --data DIR.</source>
        <translation>rebuild-totals 需要 --data 目录。</translation>
    </message>
    <message>
        <source>Usage: tessera-server init --data DIR [--host NAME]... [--address IP]... [--demo]
       tessera-server run --data DIR [--listen ADDRESS:PORT]
       tessera-server enrol-code --data DIR --terminal NAME --venue ID [--valid-hours H]
       tessera-server revoke --data DIR --terminal NAME
       tessera-server terminals --data DIR
       tessera-server allocate --data DIR --terminal NAME --event ID (--seats ID,ID… | --count N | --ga QUOTA --places N)
       tessera-server allocate --data DIR --terminal NAME --card PRODUCT --codes N
       tessera-server take-back --data DIR --terminal NAME --event ID [--seats ID,ID… | --ga QUOTA [--places N]]
       tessera-server take-back --data DIR --terminal NAME --card PRODUCT [--codes N]
       tessera-server totals --data DIR [--event ID] [--json]
       tessera-server conflicts --data DIR
       tessera-server rebuild-totals --data DIR</source>
        <translation>用法：tessera-server init --data 目录 [--host 名称]... [--address IP]... [--demo]
      tessera-server run --data 目录 [--listen 地址:端口]
      tessera-server enrol-code --data 目录 --terminal 名称 --venue 编号 [--valid-hours 小时]
      tessera-server revoke --data 目录 --terminal 名称
      tessera-server terminals --data 目录
      tessera-server allocate --data 目录 --terminal 名称 --event 编号 (--seats 编号,编号… | --count 数量 | --ga 配额 --places 数量)
      tessera-server allocate --data 目录 --terminal 名称 --card 商品 --codes 数量
      tessera-server take-back --data 目录 --terminal 名称 --event 编号 [--seats 编号,编号… | --ga 配额 [--places 数量]]
      tessera-server take-back --data 目录 --terminal 名称 --card 商品 [--codes 数量]
      tessera-server totals --data 目录 [--event 编号] [--json]
      tessera-server conflicts --data 目录
      tessera-server rebuild-totals --data 目录</translation>
    </message>
</context>
<context>
    <name>tessera::ServerClient</name>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回 HTTP %1。</translation>
    </message>
</context>
<context>
    <name>tessera::ServerLink</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: enrol this console with the server again.</source>
        <translation>%1 已损坏：请将此终端重新注册到服务器。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This console&apos;s server credentials are missing from %1: enrol it with the server again.</source>
        <translation>%1 中缺少本终端的服务器凭据：请重新向服务器注册本终端。</translation>
    </message>
    <message>
        <source>The database&apos;s data key is not available.</source>
        <translation>无法取得数据库的数据密钥。</translation>
    </message>
</context>
<context>
    <name>tessera::ServerRoutes</name>
    <message>
        <source>There is no %1 %2 on this server (see docs/api.md).</source>
        <translation>此服务器上没有 %1 %2（见 docs/api.md）。</translation>
    </message>
    <message>
        <source>The request body is not a JSON object (%1 at byte %2).</source>
        <translation>请求正文不是 JSON 对象（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他 JSON 值</translation>
    </message>
    <message>
        <source>event takes an event&apos;s id (a number), not &quot;%1&quot;.</source>
        <translation>event 应为场次编号（数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>The request body is %1 bytes; this server takes at most %2.</source>
        <translation>请求正文有 %1 字节；本服务器最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>/v1/live is a WebSocket: connect with &quot;Upgrade: websocket&quot;.</source>
        <translation>/v1/live 是 WebSocket：请使用“Upgrade: websocket”连接。</translation>
    </message>
</context>
<context>
    <name>tessera::ServerSettingsDialog</name>
    <message>
        <source>Central server</source>
        <translation>中央服务器</translation>
    </message>
    <message>
        <source>host:port, e.g. tickets.example.org:8443</source>
        <translation>主机:端口，例如 tickets.example.org:8443</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>注册码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>注册(&amp;E)</translation>
    </message>
    <message>
        <source>This console is not enrolled with a server: it sells from its own database only.</source>
        <translation>本终端尚未注册到服务器：只使用本地数据库售票。</translation>
    </message>
    <message>
        <source>Enrolled as terminal %1 with %2 (server certificate %3…).</source>
        <translation>已作为终端 %1 注册到 %2（服务器证书 %3…）。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>请输入注册码。</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>正在联系服务器…</translation>
    </message>
    <message>
        <source>Enrolled as terminal %1.</source>
        <translation>已注册为终端 %1。</translation>
    </message>
    <message>
        <source>Ask a manager for a code (tessera-server enrol-code). The code also identifies the server&apos;s certificate, so this console talks only to that server. If the server moved, type its new address and leave the code empty.</source>
        <translation>请向经理索取注册码（tessera-server enrol-code）。注册码同时标识服务器证书，因此本控制台只与该服务器通信。如果服务器地址变了，请输入新地址并将注册码留空。</translation>
    </message>
    <message>
        <source>This console now talks to the server at %1.</source>
        <translation>本控制台现在与 %1 处的服务器通信。</translation>
    </message>
</context>
<context>
    <name>tessera::SetAlertRuleCommand</name>
    <message>
        <source>There is no alert rule %1.</source>
        <translation>没有告警规则 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::SetBoxOfficeTimeZoneCommand</name>
    <message>
        <source>&quot;%1&quot; is not a time zone; use a name such as Asia/Shanghai.</source>
        <translation>“%1”不是时区；请使用 Asia/Shanghai 这样的时区名称。</translation>
    </message>
</context>
<context>
    <name>tessera::SetPendingOrderWaitCommand</name>
    <message>
        <source>An unpaid order waits at most %1 minutes (a day); 0 keeps it until somebody cancels it.</source>
        <translation>未付款订单最多等待 %1 分钟（一天）；0 表示一直保留到有人取消。</translation>
    </message>
</context>
<context>
    <name>tessera::SetShiftPolicyCommand</name>
    <message>
        <source>A shift is required for &quot;none&quot;, &quot;cash&quot; or &quot;all&quot; payments, not &quot;%1&quot;.</source>
        <translation>需要班次的付款应为“none”、“cash”或“all”，而不是“%1”。</translation>
    </message>
    <message>
        <source>The blind count is true or false.</source>
        <translation>盲点须为 true 或 false。</translation>
    </message>
    <message>
        <source>Give required_for, blind_count or both.</source>
        <translation>请提供 required_for、blind_count 或两者。</translation>
    </message>
</context>
<context>
    <name>tessera::SettlePaymentCommand</name>
    <message>
        <source>A payment is settled as &quot;approved&quot; or &quot;declined&quot;, not &quot;%1&quot;.</source>
        <translation>付款只能处理为 &quot;approved&quot; 或 &quot;declined&quot;，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A declined payment needs its error code.</source>
        <translation>被拒绝的付款须提供错误码。</translation>
    </message>
    <message>
        <source>An approved payment has no error code.</source>
        <translation>成功的付款不能带有错误码。</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>付款 %1 不存在。</translation>
    </message>
    <message>
        <source>Payment %1 is %2 already; only a payment whose outcome is unknown can be settled.</source>
        <translation>付款 %1 的状态已为 %2；只有结果未知的付款才能处理。</translation>
    </message>
</context>
<context>
    <name>tessera::ShiftGuard</name>
    <message>
        <source>No shift is open on terminal %1: cash needs a shift, so that it is counted. Open a shift with its float first.</source>
        <translation>终端 %1 没有已开的班次：现金须在班次内收付，以便清点。请先开班并放入备用金。</translation>
    </message>
    <message>
        <source>No shift is open on terminal %1: this box office takes every payment within a shift. Open a shift first.</source>
        <translation>终端 %1 没有已开的班次：本票务处的所有付款都须在班次内收取。请先开班。</translation>
    </message>
</context>
<context>
    <name>tessera::ShiftPage</name>
    <message>
        <source>Reading the drawer…</source>
        <translation>正在读取钱箱…</translation>
    </message>
    <message>
        <source>Your role does not work the cash drawer; a cashier, supervisor or manager opens and closes shifts.</source>
        <translation>您的角色不负责钱箱；开班和交班须由收银员、主管或经理操作。</translation>
    </message>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>班次 %1 已开班，备用金 %2。</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>已从钱箱取出 %1。</translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation>已向钱箱存入 %1。</translation>
    </message>
    <message>
        <source>the drawer balanced</source>
        <translation>钱箱账实相符</translation>
    </message>
    <message>
        <source>the drawer was %1 short</source>
        <translation>钱箱短款 %1</translation>
    </message>
    <message>
        <source>the drawer was %1 over</source>
        <translation>钱箱长款 %1</translation>
    </message>
    <message>
        <source>Shift %1 closed: counted %2, expected %3; %4.</source>
        <translation>班次 %1 已交班：实点 %2，应有 %3；%4。</translation>
    </message>
    <message>
        <source>%1 Writing the Z-report…</source>
        <translation>%1 正在生成 Z 报表…</translation>
    </message>
    <message>
        <source>Save the Z-report</source>
        <translation>保存 Z 报表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 The Z-report was not saved.</source>
        <translation>%1 Z 报表未保存。</translation>
    </message>
    <message>
        <source>Z-report</source>
        <translation>Z 报表</translation>
    </message>
    <message>
        <source>Print the Z-report</source>
        <translation>打印 Z 报表</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>&amp;Day-end report…</source>
        <translation>日结报表(&amp;D)…</translation>
    </message>
    <message>
        <source>Totals of every shift and terminal of a day, as PDF or CSV</source>
        <translation>一天内所有班次和终端的合计，PDF 或 CSV</translation>
    </message>
    <message>
        <source>Close shift %1 with the drawer %2 short.</source>
        <translation>交班 %1，钱箱短款 %2。</translation>
    </message>
    <message>
        <source>Close shift %1 with the drawer %2 over.</source>
        <translation>交班 %1，钱箱长款 %2。</translation>
    </message>
    <message>
        <source>The shift is still open: the approval was cancelled.</source>
        <translation>班次仍未交：已取消批准。</translation>
    </message>
</context>
<context>
    <name>tessera::ShiftRecord</name>
    <message>
        <source>At most %1 characters, please.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>班次 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::ShiftSummaryPanel</name>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>+ Cash sales</source>
        <translation>+ 现金销售</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− 现金退款</translation>
    </message>
    <message>
        <source>+ Cash in</source>
        <translation>+ 现金存入</translation>
    </message>
    <message>
        <source>− Cash out</source>
        <translation>− 现金取出</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>钱箱应有金额</translation>
    </message>
    <message>
        <source>Takings by method</source>
        <translation>各支付方式收入</translation>
    </message>
    <message>
        <source>Cash movements</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Cash &amp;in…</source>
        <translation>存入现金(&amp;I)…</translation>
    </message>
    <message>
        <source>Cash &amp;out…</source>
        <translation>取出现金(&amp;O)…</translation>
    </message>
    <message>
        <source>Put change into the drawer</source>
        <translation>向钱箱补充零钱</translation>
    </message>
    <message>
        <source>Take cash out of the drawer (a bank drop)</source>
        <translation>从钱箱取出现金（解款存行）</translation>
    </message>
    <message>
        <source>Count the drawer and close the shift</source>
        <translation>清点钱箱并交班</translation>
    </message>
    <message>
        <source>Shift %1 is open</source>
        <translation>班次 %1 进行中</translation>
    </message>
    <message>
        <source>Opened by %1 at %2 on terminal %3.</source>
        <translation>由 %1 于 %2 在终端 %3 开班。</translation>
    </message>
    <message>
        <source>%1: %2 (×%3)</source>
        <translation>%1：%2（×%3）</translation>
    </message>
    <message>
        <source>Orders sold: %1, refunded: %2</source>
        <translation>售出订单：%1，退款订单：%2</translation>
    </message>
    <message>
        <source>Nothing taken yet.</source>
        <translation>尚无收入。</translation>
    </message>
    <message>
        <source>C&amp;lose shift…</source>
        <translation>交班(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>tessera::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>tessera::ShowCardKeysCommand</name>
    <message>
        <source>The mode is &quot;delivery&quot; or &quot;reveal&quot;.</source>
        <translation>模式须为 &quot;delivery&quot; 或 &quot;reveal&quot;。</translation>
    </message>
    <message>
        <source>Say why the card keys are shown again.</source>
        <translation>请说明再次显示卡密的原因。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Card keys are shown only for a paid order.</source>
        <translation>只有已付款订单才会显示卡密。</translation>
    </message>
    <message>
        <source>The card keys of order %1 were shown already; showing them again needs a supervisor and is recorded.</source>
        <translation>订单 %1 的卡密已显示过；再次显示须经主管批准，并将记入审计日志。</translation>
    </message>
    <message>
        <source>Order %1 has no card keys.</source>
        <translation>订单 %1 没有卡密。</translation>
    </message>
</context>
<context>
    <name>tessera::SignedTicket</name>
    <message>
        <source>The ticket id must be positive, not %1.</source>
        <translation>票 ID 必须为正数，而不是 %1。</translation>
    </message>
    <message>
        <source>The event id must be positive, not %1.</source>
        <translation>场次 ID 必须为正数，而不是 %1。</translation>
    </message>
    <message>
        <source>The seat guid is %1 bytes of UTF-8; it must be 1 to %2.</source>
        <translation>座位 guid 的 UTF-8 长度为 %1 字节；必须在 1 到 %2 字节之间。</translation>
    </message>
    <message>
        <source>A seat ticket has no quota id.</source>
        <translation>座位票不能带有配额 ID。</translation>
    </message>
    <message>
        <source>The quota id must be positive, not %1.</source>
        <translation>配额 ID 必须为正数，而不是 %1。</translation>
    </message>
    <message>
        <source>A general admission ticket has no seat guid.</source>
        <translation>站票不能带有座位 guid。</translation>
    </message>
    <message>
        <source>The ticket kind %1 is unknown; 1 is a seat, 2 general admission.</source>
        <translation>票的类别 %1 未知；1 表示座位票，2 表示站票。</translation>
    </message>
    <message>
        <source>The ticket type code is %1 bytes of UTF-8; at most %2 fit.</source>
        <translation>票种代码的 UTF-8 长度为 %1 字节；最多只能容纳 %2 字节。</translation>
    </message>
    <message>
        <source>The ticket is valid until %1, before it is valid from %2.</source>
        <translation>票的有效期截止时间 %1 早于生效时间 %2。</translation>
    </message>
    <message>
        <source>The ticket code is empty.</source>
        <translation>票码为空。</translation>
    </message>
    <message>
        <source>The ticket code is in lower case; codes are upper case.</source>
        <translation>票码为小写；票码应为大写。</translation>
    </message>
    <message>
        <source>The ticket code format %1 is not supported; this version reads TS1 codes.</source>
        <translation>不支持票码格式 %1；当前版本只能读取 TS1 票码。</translation>
    </message>
    <message>
        <source>This is not a Tessera ticket code: it does not start with %1.</source>
        <translation>这不是 Tessera 票码：它不以 %1 开头。</translation>
    </message>
    <message>
        <source>The ticket code contains &quot;%1&quot; at character %2, which a code never contains.</source>
        <translation>票码第 %2 个字符为 &quot;%1&quot;，票码中不会出现此字符。</translation>
    </message>
    <message>
        <source>The ticket code was re-encoded (it looks like base64, &quot;%1&quot; at character %2); codes are upper-case base32.</source>
        <translation>票码被重新编码过（看起来像 base64，第 %2 个字符为 &quot;%1&quot;）；票码应为大写 base32。</translation>
    </message>
    <message>
        <source>The ticket code has &quot;=&quot; padding at character %1; codes carry no padding.</source>
        <translation>票码第 %1 个字符处有 &quot;=&quot; 填充；票码不带填充字符。</translation>
    </message>
    <message>
        <source>The ticket code has a length (%1 characters) no code can have: it is truncated or has a character too many.</source>
        <translation>票码长度（%1 个字符）不可能是有效票码的长度：票码被截断或多了一个字符。</translation>
    </message>
    <message>
        <source>The ticket code does not end as a code does: it is truncated, altered or re-encoded.</source>
        <translation>票码的结尾不符合票码格式：票码被截断、篡改或重新编码过。</translation>
    </message>
    <message>
        <source>The ticket code is truncated: it ends inside the ticket data (%1 bytes).</source>
        <translation>票码被截断：在票数据中途结束（%1 字节）。</translation>
    </message>
    <message>
        <source>The ticket data is format version %1; this version reads %2.</source>
        <translation>票数据的格式版本为 %1；当前版本只能读取 %2。</translation>
    </message>
    <message>
        <source>The seat guid length %1 is out of range (1 to %2 bytes).</source>
        <translation>座位 guid 长度 %1 超出范围（1 到 %2 字节）。</translation>
    </message>
    <message>
        <source>The seat guid is not valid UTF-8.</source>
        <translation>座位 guid 不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The ticket type length %1 is out of range (0 to %2 bytes).</source>
        <translation>票种长度 %1 超出范围（0 到 %2 字节）。</translation>
    </message>
    <message>
        <source>The ticket type code is not valid UTF-8.</source>
        <translation>票种代码不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The ticket code is truncated: its signature has %1 of %2 bytes.</source>
        <translation>票码被截断：签名只有 %1 字节，应为 %2 字节。</translation>
    </message>
    <message>
        <source>The ticket code has %1 bytes after its signature: it was padded or altered.</source>
        <translation>票码在签名之后还有 %1 字节：票码被填充或篡改过。</translation>
    </message>
</context>
<context>
    <name>tessera::SlipDocument</name>
    <message>
        <source>REFUND SLIP</source>
        <translation>退款凭单</translation>
    </message>
    <message>
        <source>EXCHANGE SLIP</source>
        <translation>换座凭单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>退还顾客</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Issued instead</source>
        <translation>换为</translation>
    </message>
    <message>
        <source>Customer paid</source>
        <translation>顾客补付</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Refunded by</source>
        <translation>退款经办</translation>
    </message>
    <message>
        <source>Exchanged by</source>
        <translation>换座经办</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>顾客签名</translation>
    </message>
    <message>
        <source>The page size was refused.</source>
        <translation>页面尺寸被拒绝。</translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>The printout could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::SqliteDb</name>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database %1 is in journal mode &quot;%2&quot; with synchronous=%3; Tessera sells only with WAL and synchronous=FULL, so that a confirmed sale survives a power cut.</source>
        <translation>数据库 %1 的日志模式为 &quot;%2&quot;，synchronous=%3；Tessera 仅在 WAL 且 synchronous=FULL 时售票，以确保已确认的销售在断电后不丢失。</translation>
    </message>
</context>
<context>
    <name>tessera::StaffAuthenticator</name>
    <message>
        <source>The name or the PIN is wrong.</source>
        <translation>用户名或 PIN 错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: the account is locked until %1.</source>
        <translation>PIN 错误次数过多：账户已锁定至 %1。</translation>
    </message>
    <message>
        <source>This account is switched off.</source>
        <translation>此账户已停用。</translation>
    </message>
</context>
<context>
    <name>tessera::StaffCredentials</name>
    <message>
        <source>This call needs a member of staff&apos;s name and PIN (HTTP Basic authentication).</source>
        <translation>此调用需要员工的用户名和 PIN（HTTP Basic 认证）。</translation>
    </message>
    <message>
        <source>%1 is signed in as %2; this call needs a role with &quot;%3&quot;.</source>
        <translation>%1 以 %2 身份登录；此调用需要具有“%3”权限的角色。</translation>
    </message>
</context>
<context>
    <name>tessera::StaffDirectory</name>
    <message>
        <source>Log in first: every change is made by a member of staff.</source>
        <translation>请先登录：所有变更都须由员工执行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of staff.</source>
        <translation>&quot;%1&quot; 不是员工。</translation>
    </message>
    <message>
        <source>The account of &quot;%1&quot; is switched off.</source>
        <translation>&quot;%1&quot; 的账户已停用。</translation>
    </message>
    <message>
        <source>The account of &quot;%1&quot; is locked after too many wrong PINs until %2.</source>
        <translation>&quot;%1&quot; 的账户因 PIN 错误次数过多已被锁定，至 %2 解锁。</translation>
    </message>
    <message>
        <source>A %1 may not do this (%2).</source>
        <translation>%1 角色无权执行此操作（%2）。</translation>
    </message>
    <message>
        <source>A supervisor has to approve this (%1).</source>
        <translation>此操作须经主管批准（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot approve this; a supervisor or manager must.</source>
        <translation>&quot;%1&quot; 无权批准此操作；须由主管或经理批准。</translation>
    </message>
</context>
<context>
    <name>tessera::StaffRoleText</name>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运维</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>tessera::StaffTab</name>
    <message>
        <source>Who may use the console and what their role lets them do. Users are deactivated, never deleted, so the records keep their names.</source>
        <translation>可以使用本系统的人员及其角色权限。用户只能停用、不会被删除，以便记录中保留其姓名。</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The staff cannot be read: %1</source>
        <translation>无法读取员工信息：%1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message numerus="yes">
        <source>no (%n wrong PIN(s))</source>
        <translation>
            <numerusform>否（PIN 错误 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, deactivated</source>
        <translation>否，已停用</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; created; they can sign in now.</source>
        <translation>已创建用户“%1”；该用户现在可以登录。</translation>
    </message>
    <message>
        <source>Pick a user in the list first.</source>
        <translation>请先在列表中选择用户。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; changed.</source>
        <translation>用户“%1”已修改。</translation>
    </message>
</context>
<context>
    <name>tessera::StoreSecretsCommand</name>
    <message>
        <source>Name at least one secret to keep.</source>
        <translation>请至少指定一个要保存的机密。</translation>
    </message>
    <message>
        <source>A secret&apos;s name is 1 to 40 of a-z, 0-9 and &apos;_&apos;, not &quot;%1&quot;.</source>
        <translation>机密名称须为 1 到 40 个 a-z、0-9 或“_”字符，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>tessera::SupervisorApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <source>A supervisor has to approve this</source>
        <translation>此操作须经主管授权</translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation>授权人(&amp;A)</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>授权人 PIN</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>授权 (Enter)</translation>
    </message>
    <message>
        <source>Nobody who may approve this is set up on this till. A manager can add a supervisor in Manage ▸ Staff.</source>
        <translation>此收银台上没有可授权此操作的人员。经理可在“管理 ▸ 员工”中添加主管。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type the PIN of %1.</source>
        <translation>请输入 %1 的 PIN。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>%1 cannot approve this; a supervisor or manager must.</source>
        <translation>%1 无权授权此操作；须由主管或经理授权。</translation>
    </message>
</context>
<context>
    <name>tessera::SyncMark</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::SyncStatusLabel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>Server: online · %n to send · synced %1</source>
        <translation>
            <numerusform>服务器：在线 · 待发送 %n 条 · 同步于 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: offline · %n to send · last sync %1 (selling goes on)</source>
        <translation>
            <numerusform>服务器：离线 · 待发送 %n 条 · 上次同步 %1（可继续售票）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: this terminal was revoked · %n not sent</source>
        <translation>
            <numerusform>服务器：本终端已被吊销 · %n 条未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: sync failing · %n to send</source>
        <translation>
            <numerusform>服务器：同步失败 · 待发送 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::TakeBackCardsCommand</name>
    <message>
        <source>Terminal %1 holds no card key of &quot;%2&quot; to take back.</source>
        <translation>终端 %1 没有可收回的“%2”卡密。</translation>
    </message>
</context>
<context>
    <name>tessera::TakeBackGaCommand</name>
    <message>
        <source>Give a number of places above 0.</source>
        <translation>请给出大于 0 的名额数。</translation>
    </message>
    <message>
        <source>Terminal %1 was given no place of &quot;%2&quot; of event %3.</source>
        <translation>终端 %1 没有分配到场次 %3 的“%2”名额。</translation>
    </message>
</context>
<context>
    <name>tessera::TakeBackSeatsCommand</name>
    <message>
        <source>Seat &quot;%1&quot; is not terminal %2&apos;s.</source>
        <translation>座位“%1”不属于终端 %2。</translation>
    </message>
</context>
<context>
    <name>tessera::TerminalGrid</name>
    <message>
        <source>%1
backlog %2 · lag %3 s</source>
        <translation>%1
积压 %2 · 延迟 %3 秒</translation>
    </message>
    <message>
        <source>Last heard from at %1; click for its figures</source>
        <translation>最后联系于 %1；点击查看其数据</translation>
    </message>
    <message>
        <source>Not heard from since the server started</source>
        <translation>服务器启动以来未联系过</translation>
    </message>
    <message>
        <source>No terminal is enrolled with the server yet.</source>
        <translation>尚无终端在服务器登记。</translation>
    </message>
</context>
<context>
    <name>tessera::TerminalQueries</name>
    <message>
        <source>The database has no terminal id.</source>
        <translation>数据库中没有终端编号。</translation>
    </message>
</context>
<context>
    <name>tessera::TerminalService</name>
    <message>
        <source>A code is valid for 1 to 720 hours, not %1.</source>
        <translation>注册码有效期为 1 到 720 小时，而不是 %1。</translation>
    </message>
    <message>
        <source>This enrolment code was made by another server: check the server address.</source>
        <translation>此注册码由另一台服务器生成：请检查服务器地址。</translation>
    </message>
    <message>
        <source>This enrolment code was used already. Each code enrols one terminal once: ask for a new one.</source>
        <translation>此注册码已被使用。每个注册码只能注册一台终端一次：请申请新的注册码。</translation>
    </message>
    <message>
        <source>The request is {&quot;code&quot;: &quot;TE1-…&quot;, &quot;box_key&quot;: &quot;…&quot;} and nothing else.</source>
        <translation>请求只能是 {&quot;code&quot;: &quot;TE1-…&quot;, &quot;box_key&quot;: &quot;…&quot;}，不能有其他内容。</translation>
    </message>
    <message>
        <source>&quot;box_key&quot; is the terminal&apos;s X25519 public key: %1 bytes in base64.</source>
        <translation>&quot;box_key&quot; 是终端的 X25519 公钥：%1 字节，base64 编码。</translation>
    </message>
</context>
<context>
    <name>tessera::TerminalTokens</name>
    <message>
        <source>This call needs the terminal&apos;s token (Authorization: Bearer …): enrol the terminal first.</source>
        <translation>此调用需要终端令牌（Authorization: Bearer …）：请先注册终端。</translation>
    </message>
    <message>
        <source>This terminal token is not known to this server: enrol the terminal again.</source>
        <translation>此服务器不认识这个终端令牌：请重新注册终端。</translation>
    </message>
    <message>
        <source>Terminal %1 was taken out of service at %2. Its unsynced sales stay on the terminal; ask a manager to enrol it again.</source>
        <translation>终端 %1 已于 %2 停用。未同步的销售记录仍保留在终端上；请经理重新注册。</translation>
    </message>
</context>
<context>
    <name>tessera::TicketBook</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>票 %1 不存在。</translation>
    </message>
    <message>
        <source>Ticket %1 is not paid.</source>
        <translation>票 %1 尚未付款。</translation>
    </message>
</context>
<context>
    <name>tessera::TicketDocument</name>
    <message>
        <source>DUPLICATE</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Admit one</source>
        <translation>凭票入场一人</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站区</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>General admission</source>
        <translation>站票</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>排</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Valid for one entry. Keep the code dry and uncreased; it is checked at the gate and refused after first use.</source>
        <translation>限入场一次。请保持票码干燥、平整；票码在检票口核验，首次使用后即失效。</translation>
    </message>
    <message>
        <source>Row %1 · Seat %2</source>
        <translation>%1 排 · %2 座</translation>
    </message>
</context>
<context>
    <name>tessera::TicketFacts</name>
    <message>
        <source>Row %1</source>
        <translation>%1 排</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>%1 座</translation>
    </message>
    <message>
        <source>Standing area %1</source>
        <translation>站区 %1</translation>
    </message>
</context>
<context>
    <name>tessera::TicketKeys</name>
    <message>
        <source>The ticket signing key cannot be unsealed.</source>
        <translation>无法解封票据签名密钥。</translation>
    </message>
    <message>
        <source>This database has no ticket key yet.</source>
        <translation>此数据库尚未生成票据签名密钥。</translation>
    </message>
    <message>
        <source>The ticket signing key in %1 is not sealed under the data key; open the database with tessera once to seal it.</source>
        <translation>%1 中的门票签名密钥未用数据密钥密封；请用 tessera 打开一次该数据库以密封它。</translation>
    </message>
    <message>
        <source>The ticket signing key in %1 does not match the sealed organizer key: the file was tampered with.</source>
        <translation>%1 中的门票签名密钥与密封的主办方密钥不符：文件已被篡改。</translation>
    </message>
</context>
<context>
    <name>tessera::TicketPrinter</name>
    <message>
        <source>Order %1 is not paid; there is nothing to print.</source>
        <translation>订单 %1 尚未付款，没有可打印的内容。</translation>
    </message>
    <message>
        <source>Order %1 (duplicate)</source>
        <translation>订单 %1（补打）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>The page size was refused.</source>
        <translation>页面尺寸不被接受。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>The printout could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
</context>
<context>
    <name>tessera::TicketVerifier</name>
    <message>
        <source>Malformed: %1</source>
        <translation>格式错误：%1</translation>
    </message>
    <message>
        <source>Forged: signed by a key this gate does not know (%1).</source>
        <translation>伪造：签名所用密钥不为本检票口所识别（%1）。</translation>
    </message>
    <message>
        <source>Forged: the signature does not match.</source>
        <translation>伪造：签名不符。</translation>
    </message>
    <message>
        <source>For another event (%1); this gate admits event %2.</source>
        <translation>属于其他场次（%1）；本检票口只检场次 %2。</translation>
    </message>
    <message>
        <source>Revoked: this ticket was refunded or voided.</source>
        <translation>已作废：此票已退款或作废。</translation>
    </message>
    <message>
        <source>Already used at %1 at %2.</source>
        <translation>此票已于 %1 在 %2 检票使用。</translation>
    </message>
    <message>
        <source>Not yet valid: valid from %1.</source>
        <translation>尚未生效：自 %1 起有效。</translation>
    </message>
    <message>
        <source>Expired: valid until %1.</source>
        <translation>已过期：有效期至 %1。</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation>座位 %1</translation>
    </message>
    <message>
        <source>general admission (quota %1)</source>
        <translation>站票（配额 %1）</translation>
    </message>
    <message>
        <source>%1, event %2</source>
        <translation>%1，场次 %2</translation>
    </message>
    <message>
        <source>%1, %2, event %3</source>
        <translation>%1，%2，场次 %3</translation>
    </message>
</context>
<context>
    <name>tessera::TimeZoneDialog</name>
    <message>
        <source>Box office time zone</source>
        <translation>售票处时区</translation>
    </message>
    <message>
        <source>Every time the console shows or prints (the clock, orders, shifts, check-in, receipts and Z-reports) is in this zone, whatever the computer&apos;s own zone. Shows are always in their venue&apos;s zone.</source>
        <translation>控制台显示或打印的所有时间（时钟、订单、班次、检票、收据和 Z 报表）都采用此时区，与电脑本身的时区无关。演出时间始终采用其场馆的时区。</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>tessera::TlsAuthority</name>
    <message>
        <source>Could not make the server&apos;s TLS certificates: %1.</source>
        <translation>无法生成服务器的 TLS 证书：%1。</translation>
    </message>
    <message>
        <source>The server certificate needs at least one host name or address.</source>
        <translation>服务器证书至少需要一个主机名或地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>no EC key</source>
        <translation>无法生成 EC 密钥</translation>
    </message>
    <message>
        <source>Tessera server CA (%1)</source>
        <translation>Tessera 服务器 CA（%1）</translation>
    </message>
    <message>
        <source>the CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>the server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>PEM encoding</source>
        <translation>PEM 编码</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced.</source>
        <translation>%1 已存在；不会被替换。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This is not one PEM certificate.</source>
        <translation>这不是单个 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>tessera::TotalsCli</name>
    <message>
        <source>The server&apos;s data directory.</source>
        <translation>服务器的数据目录。</translation>
    </message>
    <message>
        <source>%1 is not a server&apos;s data directory: run tessera-server init --data %1 first.</source>
        <translation>%1 不是服务器的数据目录：请先运行 tessera-server init --data %1。</translation>
    </message>
    <message>
        <source>The server in %1 has no totals yet: start it once (tessera-server run) so it prepares them.</source>
        <translation>%1 中的服务器尚无汇总：请先启动一次（tessera-server run）以便它准备汇总。</translation>
    </message>
    <message>
        <source>sold %1, refunded %2, redeemed %3; %4 orders (%5 cancelled); taken %6%7, refunded %8, net %9</source>
        <translation>售出 %1，退票 %2，已检票 %3；订单 %4 个（已取消 %5 个）；收款 %6%7，退款 %8，净额 %9</translation>
    </message>
    <message>
        <source>Only this event (its id).</source>
        <translation>仅此场次（其编号）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>totals needs --data DIR.</source>
        <translation>totals 需要 --data 目录。</translation>
    </message>
    <message>
        <source>Usage: tessera-server totals --data DIR [--event ID] [--json]</source>
        <translation>用法：tessera-server totals --data 目录 [--event 编号] [--json]</translation>
    </message>
    <message>
        <source>--event takes an event&apos;s id (a number), not &quot;%1&quot;.</source>
        <translation>--event 应为场次编号（数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>No sales have reached the server yet.</source>
        <translation>尚无销售记录到达服务器。</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>场次 %1：%2</translation>
    </message>
    <message>
        <source>Card keys only: %1</source>
        <translation>仅卡密：%1</translation>
    </message>
    <message>
        <source>conflicts needs --data DIR.</source>
        <translation>conflicts 需要 --data 目录。</translation>
    </message>
    <message>
        <source>Usage: tessera-server conflicts --data DIR</source>
        <translation>用法：tessera-server conflicts --data 目录</translation>
    </message>
</context>
<context>
    <name>tessera::UpdateUserCommand</name>
    <message>
        <source>This field is true or false.</source>
        <translation>此字段须为 true 或 false。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>用户 &quot;%1&quot; 不存在。</translation>
    </message>
</context>
<context>
    <name>tessera::VenuesTab</name>
    <message>
        <source>Venues and their seat maps. A new venue comes from a seating plan in the pretix format.</source>
        <translation>场馆及其座位图。新场馆须根据 pretix 格式的座位图创建。</translation>
    </message>
    <message>
        <source>&amp;Import seat map…</source>
        <translation>导入座位图(&amp;I)…</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>The venues cannot be read: %1</source>
        <translation>无法读取场馆：%1</translation>
    </message>
    <message>
        <source>Venue &quot;%1&quot; imported with %2 seats.</source>
        <translation>已导入场馆“%1”，共 %2 个座位。</translation>
    </message>
</context>
<context>
    <name>tessera::VerdictPanel</name>
    <message>
        <source>Ready to scan</source>
        <translation>等待扫描</translation>
    </message>
    <message>
        <source>Scan a ticket, or type its code and press Enter.</source>
        <translation>请扫描门票，或输入票码后按 Enter。</translation>
    </message>
    <message>
        <source>Code %1 · scanned at %2</source>
        <translation>票码 %1 · 扫描于 %2</translation>
    </message>
</context>
<context>
    <name>tessera::WriterHandover</name>
    <message>
        <source>Unknown request &quot;%1&quot;.</source>
        <translation>未知请求“%1”。</translation>
    </message>
    <message>
        <source>The request has no idempotency key.</source>
        <translation>该请求没有幂等键。</translation>
    </message>
    <message>
        <source>This program has stopped taking commands from other programs.</source>
        <translation>本程序已停止接受其他程序的命令。</translation>
    </message>
</context>
<context>
    <name>tessera::WriterLock</name>
    <message>
        <source>%1 is open for selling in another Tessera program on this PC. Only one program may write a database at a time: close it there, or use a read-only command.</source>
        <translation>%1 正在本机的另一个 Tessera 程序中售票。同一时间只能有一个程序写入数据库：请先在那里关闭它，或使用只读命令。</translation>
    </message>
    <message>
        <source>on this PC</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>（位于 %1）</translation>
    </message>
    <message>
        <source>%1 is open for selling in %2 %3, pid %4. Only one program may write a database at a time: close it there, or use a read-only command.</source>
        <translation>%1 正在 %2%3 中售票，进程号 %4。同一时间只能有一个程序写入数据库：请先在那里关闭它，或使用只读命令。</translation>
    </message>
    <message>
        <source>Cannot open the lock file %1: %2</source>
        <translation>无法打开锁文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::ZReportDocument</name>
    <message>
        <source>Z-report</source>
        <translation>Z 报表</translation>
    </message>
    <message>
        <source>Terminal %1 · Shift %2</source>
        <translation>终端 %1 · 班次 %2</translation>
    </message>
    <message>
        <source>The shift is still open: interim figures, no drawer count.</source>
        <translation>班次仍在进行中：以下为临时数据，未清点钱箱。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，经办人 %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No payments were taken.</source>
        <translation>本班次没有收款。</translation>
    </message>
    <message>
        <source>Total taken</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Orders: %1 sold, %2 still unpaid, %3 cancelled, %4 refunded.</source>
        <translation>订单：售出 %1，未付款 %2，已取消 %3，已退款 %4。</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>无退款。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>In cash</source>
        <translation>其中现金</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1（由 %2 授权）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash movements</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>No cash was put in or taken out.</source>
        <translation>无现金存入或取出。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>存入/取出</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>取出</translation>
    </message>
    <message>
        <source>In</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>Drawer count</source>
        <translation>钱箱清点</translation>
    </message>
    <message>
        <source>Note or coin</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点金额</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>钱箱现金</translation>
    </message>
    <message>
        <source>+ Cash sales</source>
        <translation>+ 现金销售</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− 现金退款</translation>
    </message>
    <message>
        <source>+ Cash in</source>
        <translation>+ 现金存入</translation>
    </message>
    <message>
        <source>− Cash out</source>
        <translation>− 现金取出</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>钱箱应有金额</translation>
    </message>
    <message>
        <source>Difference: balanced</source>
        <translation>差额：账实相符</translation>
    </message>
    <message>
        <source>Difference: over</source>
        <translation>差额：长款</translation>
    </message>
    <message>
        <source>Difference: short</source>
        <translation>差额：短款</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>收银员：%1</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Printed %1 · Tessera</source>
        <translation>打印于 %1 · Tessera</translation>
    </message>
    <message>
        <source>Z-report, terminal %1, shift %2</source>
        <translation>Z 报表，终端 %1，班次 %2</translation>
    </message>
    <message>
        <source>Difference approved by %1</source>
        <translation>差额由 %1 批准</translation>
    </message>
</context>
<context>
    <name>tessera::main</name>
    <message>
        <source>Database file (default: the demo database in your data folder).</source>
        <translation>数据库文件（默认：数据文件夹中的演示数据库）。</translation>
    </message>
    <message>
        <source>Language, e.g. zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言，例如 zh_CN 或 en（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <source>The demo data could not be created:
%1</source>
        <translation>无法创建演示数据：
%1</translation>
    </message>
    <message>
        <source>How the QR-pay sandbox behaves, e.g. latency=500-2000,failure=0.1,lost=0.02,errors=insufficient_funds:3+timeout:1.</source>
        <translation>扫码支付沙箱的行为，例如 latency=500-2000,failure=0.1,lost=0.02,errors=insufficient_funds:3+timeout:1。</translation>
    </message>
    <message>
        <source>Seconds a QR payment may take before its outcome is unknown (default 20).</source>
        <translation>扫码支付等待的秒数，超时后结果记为未知（默认 20）。</translation>
    </message>
    <message>
        <source>--qr-timeout is a number of seconds between 1 and 600.</source>
        <translation>--qr-timeout 应为 1 到 600 之间的秒数。</translation>
    </message>
</context>
</TS>
