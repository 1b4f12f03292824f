/** A made-up story of about 3.5 KB, for when `examples/article.txt` is absent. */
export function madeUpArticle(): string {
  return `Lakeside town bets on a floating solar farm to cut power bills

Council says the panels will cover a third of local demand within two years

By Maren Okafor and Tomas Reyes

VÄSTERVIK, Sweden (Nordic Wire) — The town council of Västervik on Wednesday approved a plan to build a floating solar farm on a disused quarry lake, a project that officials say could supply about a third of the town's electricity by the end of 2027.

The 14-megawatt installation, which will cost an estimated 210 million kronor ($19.6 million), is to be built by Solvik Energi, a local cooperative with more than 4,000 members. Construction is due to start in April, once the last environmental permits are granted.

"We have the water, we have the sun in summer, and we have people who want to own their energy," said Council Chair Ingrid Palm, who has championed the project since 2022. "This is not a symbol. It is a power station."

Floating panels have become more common in Asia and the Netherlands, where land is scarce. They stay cooler than panels on land, which makes them slightly more efficient, and they shade the water, which reduces evaporation and algae growth, according to a 2023 study by the Technical University of Delft.

Critics on the council warned that the cost could rise. Opposition member Lars Berglund said the budget did not allow enough for anchoring the platforms in winter, when the lake freezes for up to three months. "Ice moves, and ice is heavy," he said. "I would like to see the engineering report before we borrow the money."

Solvik Energi said the design had been tested on a smaller pilot array of 400 panels that has run on the lake since 2021 without damage. The pilot produced 142 megawatt-hours last year, about 8% more than the company had forecast.

The cooperative plans to raise 60 million kronor from members and borrow the rest from the Swedish Environmental Protection Agency's climate fund and two regional banks. Members will receive electricity at cost, and any surplus will be sold to the grid.

Electricity prices in southern Sweden rose sharply in 2022 and have remained volatile, pushing many households to look for alternatives. Household bills in the region were on average 35% higher last winter than five years earlier, the Swedish Energy Markets Inspectorate said in a report published on Monday.

Residents who spoke to reporters outside the town hall were mostly supportive. "If it lowers the bill, I am for it," said Anna Lind, a retired teacher who has lived by the lake for 40 years. Others worried about the view from the walking path along the shore.

The lake itself has a history. Quarrying stopped there in 1968, and the pit filled with groundwater over the following decade. Today it is 31 metres deep at its deepest point and is used mainly by anglers and a small sailing club, whose chairman, Per Åström, said the club had been promised a corridor of open water at least 200 metres wide.

Similar projects are under way in Finland and Norway. A floating array of 5 megawatts opened near Tampere last autumn, and Statkraft has tested panels on a hydropower reservoir in Albania since 2020. Industry analysts at BloombergNEF estimate that floating solar capacity worldwide could triple by 2030.

The council will hold a public meeting on March 12 to present the final design. A decision on the loan is expected in May.

Write to Maren Okafor at maren.okafor@nordicwire.example

Copyright 2026 Nordic Wire. All rights reserved.
`
}
