"""Russian for the Strategy area: pricing, competitors, catalogue, research, the strategy report."""

MESSAGES = {
    # price calculator
    "Variable costs": "Переменные затраты",
    "Profit margin": "Норма прибыли",
    "Share of fixed costs": "Доля постоянных затрат",
    "Comparison with competitors": "Сравнение с ценами конкурентов",
    "Each unit costs {cost} to buy or make and deliver. Below this price every sale loses "
    "money.": "Закупка или производство и доставка единицы стоят {cost}. Ниже этой цены каждая "
    "продажа убыточна.",
    "A margin of {margin} on the variable cost adds {added}: {cost} + {added} = {price}. "
    "That is {share} of the price.": "Наценка {margin} на переменные затраты добавляет {added}: {cost} + {added} = "
    "{price}. Это {share} от цены.",
    "No fixed costs are shared out (enter the fixed costs and the units expected in the same "
    "period): the price stays {price}.": "Постоянные затраты не распределены (укажите постоянные затраты и ожидаемый объём "
    "продаж за тот же период): цена остаётся {price}.",
    "Fixed costs of {fixed} over {units} units expected in the same period are {share} per "
    "unit: {before} + {share} = {price}.": "Постоянные затраты {fixed} на {units} ед., ожидаемых за тот же период, — это "
    "{share} на единицу: {before} + {share} = {price}.",
    "No competitor has a recent price for this product: record their prices in Market to "
    "compare.": "Нет свежих цен конкурентов на этот товар: внесите их на вкладке «Рынок», чтобы "
    "сравнить.",
    "{market} {price} is {difference} against the average; {position}": "{market} Цена {price} — это {difference} к средней; {position}",
    "that is below the cheapest competitor.": "это ниже самого дешёвого конкурента.",
    "that is above the dearest competitor: customers must see why we are worth more.": "это выше самого дорогого конкурента: клиенты должны видеть, за что платят больше.",
    "that is within the market's range.": "это в пределах рыночных цен.",
    "At {price} each unit earns {unit_margin} over its variable cost, a margin of {margin}; "
    "the target of {target} would need {target_price}.": "При цене {price} каждая единица приносит {unit_margin} сверх переменных затрат, "
    "наценка {margin}; для целевой наценки {target} нужна цена {target_price}.",
    "No fixed costs are shared out: enter them and the units expected.": "Постоянные затраты не распределены: укажите их и ожидаемый объём продаж.",
    "Fixed costs of {fixed} over {units} units are {share} per unit, which leaves {profit} "
    "profit per unit. {break_even}": "Постоянные затраты {fixed} на {units} ед. — это {share} на единицу; прибыль "
    "с единицы — {profit}. {break_even}",
    "No number of units pays the fixed costs at this price.": "При этой цене постоянные затраты не окупаются ни при каком объёме.",
    "The fixed costs are paid after {units} units.": "Постоянные затраты окупаются после {units} ед.",
    "{market} Valuing our offer at {premium} against them gives {price}; {position}": "{market} Ценность нашего предложения {premium} к ним даёт цену {price}; {position}",
    "Costs and units cannot be negative.": "Затраты и объём не могут быть отрицательными.",
    "A margin of -100% or less leaves no price.": "При наценке −100 % и ниже цены не остаётся.",
    "The perceived-value method needs at least one competitor's price.": "Методу воспринимаемой ценности нужна хотя бы одна цена конкурента.",
    "A value premium of -100% or less leaves no price.": "При надбавке за ценность −100 % и ниже цены не остаётся.",
    "A price cannot be negative.": "Цена не может быть отрицательной.",
    # competitors
    "A competitor needs a name.": "Укажите название конкурента.",
    "There is already a competitor named {name}.": "Конкурент «{name}» уже есть.",
    "A market share lies between 0% and 100%.": "Доля рынка должна быть от 0 до 100 %.",
    "Choose our product that theirs compares with.": "Выберите наш товар, с которым сравнивается их товар.",
    "A competitor's price must be above zero.": "Цена конкурента должна быть больше нуля.",
    # catalogue
    "sales lines": "строки продаж",
    "competitor prices": "цены конкурентов",
    "goals": "цели",
    "products": "товары",
    "sub-categories": "подкатегории",
    "coverage assignments": "закрепления",
    "A product needs a code and a name.": "Укажите код и название товара.",
    "The code {code} is already used by {name}.": "Код {code} уже занят товаром «{name}».",
    "Cost and price cannot be negative.": "Себестоимость и цена не могут быть отрицательными.",
    # research
    "A research note needs a title.": "Укажите заголовок заметки.",
    "A research note needs a date.": "Укажите дату заметки.",
    # charts
    "Offline channels": "Офлайн-каналы",
    "Online channels": "Онлайн-каналы",
    # the strategy report
    "Strategy report": "Отчёт по стратегии",
    "Competitors": "Конкуренты",
    "Our prices against the competitors'": "Наши цены и цены конкурентов",
    "Channel performance": "Эффективность каналов продаж",
    "Product catalogue": "Каталог товаров",
    "No competitors recorded yet.": "Конкуренты пока не внесены.",
    "Competitor": "Конкурент",
    "Positioning": "Позиционирование",
    "Estimated share": "Оценка доли рынка",
    "Products compared": "Сравнимых товаров",
    "Our price vs theirs": "Наша цена к их цене",
    "Last observed": "Последнее наблюдение",
    "Our price vs theirs: how far our list price lies above (+) or below (−) theirs, "
    "averaged over the products both sell, from their latest price of each. * the latest "
    "observation is older than 6 months (before {day}).": "Наша цена к их цене: на сколько наша прайс-листовая цена выше (+) или ниже (−) их "
    "цены, в среднем по товарам, которые продают обе стороны, по их последней цене на "
    "каждый. * последнее наблюдение старше 6 месяцев (до {day}).",
    "No competitor prices recorded yet.": "Цены конкурентов пока не внесены.",
    "Product": "Товар",
    "Our price": "Наша цена",
    "Lowest": "Минимум",
    "Average": "Среднее",
    "Highest": "Максимум",
    "Ours vs average": "Наша к средней",
    "Each competitor's latest price per product; lowest, average and highest over them. * how "
    "many of those prices are older than 6 months.": "Последняя цена каждого конкурента на товар; минимум, среднее и максимум по ним. "
    "* сколько из этих цен старше 6 месяцев.",
    "No sales channels recorded yet.": "Каналы продаж пока не внесены.",
    "Online against offline channels by month": "Онлайн- и офлайн-каналы по месяцам",
    "Channel": "Канал",
    "Customers": "Клиенты",
    "Margin %": "Маржа, %",
    "Acquisition spend": "Расходы на привлеч.",
    "CAC": "CAC",
    "online": "онлайн",
    "offline": "офлайн",
    "Customers: those who bought in the channel in the period. CAC: the channel's acquisition "
    "spend in the months of the period divided by its new customers (those whose first "
    "purchase ever fell in the period); — where it has none.": "Клиенты — купившие через канал в периоде. CAC — затраты канала на привлечение "
    "в месяцах периода, делённые на его новых клиентов (чья первая покупка пришлась "
    "на период); «—», если их нет.",
    "No products recorded yet.": "Товары пока не внесены.",
    "Code": "Код",
    "Category": "Категория",
    "Unit cost": "Себестоимость",
    "List price": "Цена по прайсу",
    "Margin": "Маржа",
    "Margin: list price less unit cost; margin %: the margin over the list price. Inactive "
    "products are greyed.": "Маржа — цена по прайсу минус себестоимость; маржа, % — маржа к цене. Неактивные "
    "товары показаны серым.",
    # price guards
    "The unit cost cannot be negative.": "Себестоимость не может быть отрицательной.",
    "The list price cannot be negative.": "Цена по прайсу не может быть отрицательной.",
    "{price} is below the unit cost of {cost}: every sale would lose {loss}.": (
        "{price} ниже себестоимости {cost}: каждая продажа принесёт убыток {loss}."
    ),
    "{price} is {change} against the current {current}.": (
        "{price} — это {change} к текущей цене {current}."
    ),
    "Customers: those who bought in the channel in the period. New customers: those whose "
    "first purchase fell in the period, by the channel that acquired them (the one set on "
    "the customer, else that of the first purchase). CAC: the channel's acquisition spend "
    "in the months of the period divided by them; — where it has none. Margin: over the "
    "lines whose cost is known.": (
        "Клиенты — купившие в канале за период. Новые клиенты — те, чья первая покупка"
        " пришлась на период, по каналу, который их привлёк (указанному у клиента, иначе"
        " каналу первой покупки). CAC — затраты канала на привлечение за месяцы периода,"
        " делённые на них; «—», если новых нет. Прибыль — по строкам с известной"
        " себестоимостью."
    ),
}

PLURALS = {
    "{n} competitor charges {lowest} to {highest}, {average} on average.": (
        "{n} конкурент берёт от {lowest} до {highest}, в среднем {average}.",
        "{n} конкурента берут от {lowest} до {highest}, в среднем {average}.",
        "{n} конкурентов берут от {lowest} до {highest}, в среднем {average}.",
    ),
}
