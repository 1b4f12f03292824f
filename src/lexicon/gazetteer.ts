/**
 * A small gazetteer: countries (with their demonyms, capitals and common
 * short forms), major world cities, US states and a few regions.
 *
 * It ships to browsers, so it stays small: it is there to type the places a
 * news story names most often, not to know every town. Unknown places are
 * still found from context (“in Volgograd”) by the entities plugin.
 */

// One country a line: `Name|demonyms|cities|other names`, lists comma-separated.
// The first city is the capital; a few big non-capital cities ride along.
const countries = `Afghanistan|Afghan|Kabul|
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Andorra|Andorran||
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra,Sydney,Melbourne,Perth,Brisbane|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani,Azeri|Baku|
Bahamas|Bahamian|Nassau|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Barbados|Barbadian|Bridgetown|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels,Antwerp|
Belize|Belizean|Belmopan|
Benin|Beninese|Porto-Novo|
Bhutan|Bhutanese|Thimphu|
Bolivia|Bolivian|La Paz|
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
Botswana|Botswanan|Gaborone|
Brazil|Brazilian|Brasilia,Rio de Janeiro,Sao Paulo|
Brunei|Bruneian|Bandar Seri Begawan|
Bulgaria|Bulgarian|Sofia|
Burkina Faso|Burkinabe|Ouagadougou|
Burundi|Burundian|Gitega,Bujumbura|
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaounde|
Canada|Canadian|Ottawa,Toronto,Montreal,Vancouver|
Cape Verde|Cape Verdean|Praia|
Central African Republic|Central African|Bangui|
Chad|Chadian|N'Djamena|
Chile|Chilean|Santiago|
China|Chinese|Beijing,Shanghai,Guangzhou,Shenzhen,Wuhan|
Colombia|Colombian|Bogota|
Comoros|Comoran|Moroni|
Congo|Congolese|Brazzaville,Kinshasa|Democratic Republic of Congo,Democratic Republic of the Congo,DRC
Costa Rica|Costa Rican|San Jose|
Croatia|Croatian,Croat|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechia
Denmark|Danish,Dane|Copenhagen|
Djibouti|Djiboutian|
Dominican Republic|Dominican|Santo Domingo|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian|Cairo,Alexandria|
El Salvador|Salvadoran|San Salvador|
Equatorial Guinea|Equatoguinean|Malabo|
Eritrea|Eritrean|Asmara|
Estonia|Estonian|Tallinn|
Eswatini|Swazi|Mbabane|Swaziland
Ethiopia|Ethiopian|Addis Ababa|
Fiji|Fijian|Suva|
Finland|Finnish,Finn|Helsinki|
France|French|Paris,Marseille,Lyon|
Gabon|Gabonese|Libreville|
Gambia|Gambian|Banjul|
Georgia|Georgian|Tbilisi|
Germany|German|Berlin,Munich,Frankfurt,Hamburg,Bonn|
Ghana|Ghanaian|Accra|
Greece|Greek|Athens|
Guatemala|Guatemalan|Guatemala City|
Guinea|Guinean|Conakry|
Guinea-Bissau|Bissau-Guinean|Bissau|
Guyana|Guyanese|Georgetown|
Haiti|Haitian|Port-au-Prince|
Honduras|Honduran|Tegucigalpa|
Hungary|Hungarian|Budapest|
Iceland|Icelandic|Reykjavik|
India|Indian|New Delhi,Delhi,Mumbai,Bombay,Kolkata,Calcutta,Bangalore|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|
Iraq|Iraqi|Baghdad,Basra,Mosul|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem,Tel Aviv|
Italy|Italian|Rome,Milan,Naples,Turin|
Ivory Coast|Ivorian|Yamoussoukro,Abidjan|Cote d'Ivoire
Jamaica|Jamaican|Kingston|
Japan|Japanese|Tokyo,Osaka|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana,Almaty|
Kenya|Kenyan|Nairobi|
Kosovo|Kosovar|Pristina|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian|Vientiane|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Lesotho|Basotho|Maseru|
Liberia|Liberian|Monrovia|
Libya|Libyan|Tripoli,Benghazi|
Liechtenstein|Liechtensteiner|Vaduz|
Lithuania|Lithuanian|Vilnius|
Luxembourg|Luxembourgish||
Madagascar|Malagasy|Antananarivo|
Malawi|Malawian|Lilongwe|
Malaysia|Malaysian|Kuala Lumpur|
Maldives|Maldivian|Male|
Mali|Malian|Bamako|
Malta|Maltese|Valletta|
Mauritania|Mauritanian|Nouakchott|
Mauritius|Mauritian|Port Louis|
Mexico|Mexican|Mexico City|
Moldova|Moldovan|Chisinau|
Monaco|Monegasque||
Mongolia|Mongolian|Ulaanbaatar|
Montenegro|Montenegrin|Podgorica|
Morocco|Moroccan|Rabat,Casablanca|
Mozambique|Mozambican|Maputo|
Myanmar|Burmese|Naypyitaw,Yangon,Rangoon|Burma
Namibia|Namibian|Windhoek|
Nepal|Nepali,Nepalese|Kathmandu|
Netherlands|Dutch|Amsterdam,The Hague,Rotterdam|Holland
New Zealand|New Zealander|Wellington,Auckland|
Nicaragua|Nicaraguan|Managua|
Niger|Nigerien|Niamey|
Nigeria|Nigerian|Abuja,Lagos|
North Korea|North Korean|Pyongyang|Democratic People's Republic of Korea,DPRK
North Macedonia|Macedonian|Skopje|Macedonia
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani|Islamabad,Karachi,Lahore|
Palestine|Palestinian|Ramallah,Gaza|Palestinian Territories
Panama|Panamanian|Panama City|
Papua New Guinea|Papua New Guinean|Port Moresby|
Paraguay|Paraguayan|Asuncion|
Peru|Peruvian|Lima|
Philippines|Filipino,Philippine|Manila|
Poland|Polish,Pole|Warsaw,Krakow|
Portugal|Portuguese|Lisbon,Porto|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow,St Petersburg,St. Petersburg|Russian Federation
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi|Riyadh,Jeddah,Mecca|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serb|Belgrade|
Sierra Leone|Sierra Leonean|Freetown|
Singapore|Singaporean||
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian,Slovene|Ljubljana|
Somalia|Somali|Mogadishu|
South Africa|South African|Pretoria,Cape Town,Johannesburg,Durban|
South Korea|South Korean|Seoul,Busan|Republic of Korea
South Sudan|South Sudanese|Juba|
Spain|Spanish,Spaniard|Madrid,Barcelona,Seville|
Sri Lanka|Sri Lankan|Colombo|
Sudan|Sudanese|Khartoum|
Suriname|Surinamese|Paramaribo|
Sweden|Swedish,Swede|Stockholm|
Switzerland|Swiss|Bern,Geneva,Zurich|
Syria|Syrian|Damascus,Aleppo|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma,Dar es Salaam|
Thailand|Thai|Bangkok|
Togo|Togolese|Lome|
Trinidad and Tobago|Trinidadian|Port of Spain|
Tunisia|Tunisian|Tunis|
Turkey|Turkish,Turk|Ankara,Istanbul|Turkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian|Kyiv,Kiev,Kharkiv,Odesa,Odessa|
United Arab Emirates|Emirati|Abu Dhabi,Dubai|UAE,U.A.E.
United Kingdom|British,Briton|London,Manchester,Birmingham,Edinburgh,Glasgow|Britain,Great Britain,UK,U.K.
United States|American|Washington,New York,Los Angeles,Chicago,Houston,San Francisco,Boston,Miami,Seattle,Atlanta,Dallas,Philadelphia|U.S.,US,USA,U.S.A.,America
Uruguay|Uruguayan|Montevideo|
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi,Ho Chi Minh City|
Yemen|Yemeni|Sanaa,Aden|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|`

// Parts of countries, islands and regions that stories name like countries.
const others = `England|English|
Scotland|Scottish,Scot|
Wales|Welsh|
Northern Ireland|Northern Irish|
Hong Kong|Hong Konger|
Puerto Rico|Puerto Rican|
Greenland|Greenlandic|
Chechnya|Chechen|
Kashmir|Kashmiri|
Crimea|Crimean|
Tibet|Tibetan|
Kurdistan|Kurdish,Kurd|
Gaza Strip||
West Bank||
Middle East|Middle Eastern|
Europe|European|
Asia|Asian|
Africa|African|
North America|North American|
South America|South American|
Latin America|Latin American|
Central America|Central American|
Caribbean|Caribbean|
Balkans|Balkan|
Scandinavia|Scandinavian|
Southeast Asia|Southeast Asian|
Pacific||
Atlantic||
Arctic||
Antarctica|Antarctic|
Siberia|Siberian|
Persian Gulf||
Gulf||
Korean Peninsula||
Sahara||`

// Cities without a country line above.
const cities =
  'Amsterdam,Barcelona,Bonn,Cologne,Dusseldorf,Stuttgart,Glasgow,Liverpool,Leeds,Oxford,Cambridge,Lyon,Nice,Marseille,Milan,Venice,Florence,Geneva,Lausanne,Vancouver,Calgary,Quebec,Sydney,Perth,Adelaide,Osaka,Kyoto,Yokohama,Hiroshima,Nagasaki,Karachi,Chennai,Hyderabad,Shanghai,Hangzhou,Tianjin,Chongqing,Macau,St Petersburg,Volgograd,Vladivostok,Novosibirsk,Yekaterinburg,Kazan,Sochi,Minsk,Gdansk,Donetsk,Luhansk,Mariupol,Lviv,Jeddah,Dubai,Basra,Kandahar,Herat,Peshawar,Rawalpindi,Mombasa,Kano,Casablanca,Marrakesh,Johannesburg,Cape Town,Alexandria,Rio de Janeiro,Sao Paulo,Medellin,Guadalajara,Monterrey,Tijuana,Havana,Honolulu,Anchorage,Las Vegas,Phoenix,San Diego,San Antonio,Austin,Denver,Detroit,Cleveland,Pittsburgh,Baltimore,Minneapolis,St. Louis,New Orleans,Nashville,Memphis,Kansas City,Portland,Sacramento,Orlando,Tampa,Charlotte,Indianapolis,Milwaukee,Cincinnati,Buffalo,Silicon Valley,Wall Street,Brooklyn,Manhattan,Queens,Bronx,Hollywood,Jerusalem,Gaza,Bethlehem,Mecca,Medina,Davos,Strasbourg,Luxembourg,Monaco,Singapore,Brussels,Vatican,Vatican City,Washington D.C.,Washington DC'

const states =
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming'

// US states as news agencies abbreviate them in datelines (`MIAMI, Fla.`).
const stateAbbreviations =
  'Ala.:Alabama,Ariz.:Arizona,Ark.:Arkansas,Calif.:California,Colo.:Colorado,Conn.:Connecticut,Del.:Delaware,Fla.:Florida,Ga.:Georgia,Ill.:Illinois,Ind.:Indiana,Kan.:Kansas,Ky.:Kentucky,La.:Louisiana,Md.:Maryland,Mass.:Massachusetts,Mich.:Michigan,Minn.:Minnesota,Miss.:Mississippi,Mo.:Missouri,Mont.:Montana,Neb.:Nebraska,Nev.:Nevada,N.H.:New Hampshire,N.J.:New Jersey,N.M.:New Mexico,N.Y.:New York,N.C.:North Carolina,N.D.:North Dakota,Okla.:Oklahoma,Ore.:Oregon,Pa.:Pennsylvania,R.I.:Rhode Island,S.C.:South Carolina,S.D.:South Dakota,Tenn.:Tennessee,Vt.:Vermont,Va.:Virginia,Wash.:Washington,W.Va.:West Virginia,Wis.:Wisconsin,Wyo.:Wyoming,D.C.:Washington'

// Adjectives of peoples and faiths that belong to no one country: never names.
const groups =
  'Arab,Arabic,Jewish,Jew,Muslim,Moslem,Islamic,Christian,Catholic,Protestant,Orthodox,Hindu,Buddhist,Sikh,Sunni,Shia,Shiite,Latino,Hispanic,Soviet,Yugoslav,Basque,Catalan,Flemish,Walloon,Bedouin,Tamil,Pashtun,Uighur,Uyghur,Berber,Aboriginal,Slav,Slavic,Nordic,Western,Eastern,Communist,Korean,Hutu,Tutsi,Afrikaner,Zulu,Maori,Inuit,Roma,Democrat,Republican,Islamist,Anglican,Evangelical,Mormon'

/** Place names by lower case name or short form: the canonical name. */
const places = new Map<string, string>()
/** Countries by lower case demonym. */
const demonyms = new Map<string, string>()

function addPlace(name: string, canonical: string): void {
  const key = name.toLowerCase()
  // The first reading wins: “Georgia” the country, “Washington” the city.
  if (name && !places.has(key)) places.set(key, canonical)
}

for (const line of (countries + '\n' + others).split('\n')) {
  const [name = '', demonymList = '', cityList = '', aliasList = ''] = line.split('|')
  addPlace(name, name)
  for (const alias of split(aliasList)) addPlace(alias, name)
  for (const city of split(cityList)) addPlace(city, city)
  for (const demonym of split(demonymList)) {
    const key = demonym.toLowerCase()
    if (!demonyms.has(key)) demonyms.set(key, name)
  }
}

for (const name of split(cities + ',' + states)) addPlace(name, name)

for (const pair of split(stateAbbreviations)) {
  const [abbreviation = '', state = ''] = pair.split(':')
  addPlace(abbreviation, state)
}

/** Demonyms of groups, not places. */
const groupAdjectives = new Set(split(groups.toLowerCase()))

function split(list: string): string[] {
  return list ? list.split(',') : []
}

/** Most words in a gazetteer name (“Bosnia and Herzegovina”, “Democratic Republic of the Congo”). */
export const longestPlaceName = 6

/**
 * Canonical name of the place called `name` (`U.S.` → `United States`,
 * `SEOUL` → `Seoul`), or `undefined` when the gazetteer does not know it.
 * Matching ignores case: callers check that a name is written as a name.
 */
export function placeOf(name: string): string | undefined {
  return places.get(name.toLowerCase())
}

/** Whether `word` is an adjective of a people, faith or place (`Korean`, `Arab`, `Jewish`). */
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase()
  return demonyms.has(lower) || groupAdjectives.has(lower)
}

/** The country (or region) of a demonym (`North Korean` → `North Korea`), if known. */
export function placeOfDemonym(word: string): string | undefined {
  return demonyms.get(word.toLowerCase())
}
