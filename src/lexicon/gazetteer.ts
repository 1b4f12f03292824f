/**
 * A small gazetteer: countries (with their demonyms and common short forms),
 * major world cities, US states and a few regions.
 *
 * It ships to browsers, so it stays small: it is there to type the places a
 * news story names most often, not to know every town. Unknown places are
 * still found from context (“in Volgograd”) by the entities plugin.
 */

// Countries and regions, one a line: `Name|demonyms|other names`, lists
// comma-separated. A demonym made of the name and an ending is written as
// the ending: `+n` (Albania → Albanian), `+ese` (Japan → Japanese).
const peoples = `Afghanistan|Afghan
Albania|+n
Algeria|+n
Andorra|+n
Angola|+n
Argentina|Argentine,Argentinian
Armenia|+n
Australia|+n
Austria|+n
Azerbaijan|+i,Azeri
Bahamas|Bahamian
Bahrain|+i
Bangladesh|+i
Barbados|Barbadian
Belarus|+ian
Belgium|Belgian
Belize|+an
Benin|+ese
Bhutan|+ese
Bolivia|+n
Bosnia and Herzegovina|Bosnian|Bosnia
Botswana|+n
Brazil|+ian
Brunei|+an
Bulgaria|+n
Burkina Faso|Burkinabe
Burundi|+an
Cambodia|+n
Cameroon|+ian
Canada|Canadian
Cape Verde|+an
Central African Republic|Central African
Chad|+ian
Chile|+an
China|Chinese
Colombia|+n
Comoros|Comoran
Congo|+lese|Democratic Republic of Congo,Democratic Republic of the Congo,DRC
Costa Rica|+n
Croatia|+n,Croat
Cuba|+n
Cyprus|Cypriot
Czech Republic|Czech|Czechia
Denmark|Danish,Dane
Djibouti|+an
Dominican Republic|Dominican
Ecuador|+ian
Egypt|+ian
El Salvador|Salvadoran
Equatorial Guinea|Equatoguinean
Eritrea|+n
Estonia|+n
Eswatini|Swazi|Swaziland
Ethiopia|+n
Fiji|+an
Finland|Finnish,Finn
France|French
Gabon|+ese
Gambia|+n
Georgia|+n
Germany|German
Ghana|+ian
Greece|Greek
Guatemala|+n
Guinea|+n
Guinea-Bissau|Bissau-Guinean
Guyana|Guyanese
Haiti|+an
Honduras|Honduran
Hungary|Hungarian
Iceland|+ic
India|+n
Indonesia|+n
Iran|+ian
Iraq|+i
Ireland|Irish
Israel|+i
Italy|Italian
Ivory Coast|Ivorian|Cote d'Ivoire
Jamaica|+n
Japan|+ese
Jordan|+ian
Kazakhstan|Kazakh
Kenya|+n
Kosovo|Kosovar
Kuwait|+i
Kyrgyzstan|Kyrgyz
Laos|Lao,Laotian
Latvia|+n
Lebanon|Lebanese
Lesotho|Basotho
Liberia|+n
Libya|+n
Liechtenstein|+er
Lithuania|+n
Luxembourg|+ish
Madagascar|Malagasy
Malawi|+an
Malaysia|+n
Maldives|Maldivian
Mali|+an
Malta|Maltese
Mauritania|+n
Mauritius|Mauritian
Mexico|Mexican
Moldova|+n
Monaco|Monegasque
Mongolia|+n
Montenegro|Montenegrin
Morocco|Moroccan
Mozambique|Mozambican
Myanmar|Burmese|Burma
Namibia|+n
Nepal|+i,+ese
Netherlands|Dutch|Holland
New Zealand|+er
Nicaragua|+n
Niger|+ien
Nigeria|+n
North Korea|+n|Democratic People's Republic of Korea,DPRK
North Macedonia|Macedonian|Macedonia
Norway|Norwegian
Oman|+i
Pakistan|+i
Palestine|Palestinian|Palestinian Territories
Panama|+nian
Papua New Guinea|+n
Paraguay|+an
Peru|+vian
Philippines|Filipino,Philippine
Poland|Polish,Pole
Portugal|Portuguese
Qatar|+i
Romania|+n
Russia|+n|Russian Federation
Rwanda|+n
Saudi Arabia|Saudi
Senegal|+ese
Serbia|+n,Serb
Sierra Leone|+an
Singapore|+an
Slovakia|Slovak
Slovenia|+n,Slovene
Somalia|Somali
South Africa|+n
South Korea|+n|Republic of Korea
South Sudan|+ese
Spain|Spanish,Spaniard
Sri Lanka|+n
Sudan|+ese
Suriname|+se
Sweden|Swedish,Swede
Switzerland|Swiss
Syria|+n
Taiwan|+ese
Tajikistan|Tajik
Tanzania|+n
Thailand|Thai
Togo|+lese
Trinidad and Tobago|Trinidadian
Tunisia|+n
Turkey|Turkish,Turk|Turkiye
Turkmenistan|Turkmen
Uganda|+n
Ukraine|Ukrainian
United Arab Emirates|Emirati|UAE,U.A.E.
United Kingdom|British,Briton|Britain,Great Britain,UK,U.K.
United States|American|U.S.,US,USA,U.S.A.,America
Uruguay|+an
Uzbekistan|Uzbek
Venezuela|+n
Vietnam|+ese
Yemen|+i
Zambia|+n
Zimbabwe|+an
England|English
Scotland|Scottish,Scot
Wales|Welsh
Northern Ireland|Northern Irish
Hong Kong|+er
Puerto Rico|Puerto Rican
Greenland|+ic
Chechnya|Chechen
Kashmir|+i
Crimea|+n
Tibet|+an
Kurdistan|Kurdish,Kurd
Middle East|+ern
Europe|+an
Asia|+n
Africa|+n
North America|+n
South America|+n
Latin America|+n
Central America|+n
Caribbean|+
Balkans|Balkan
Scandinavia|+n
Southeast Asia|+n
Antarctica|Antarctic
Siberia|+n`

// Cities, and regions without a demonym, A to Z.
const cities =
  'Abidjan,Abu Dhabi,Abuja,Accra,Addis Ababa,Adelaide,Aden,Aleppo,Alexandria,Algiers,Almaty,Amman,' +
  'Amsterdam,Anchorage,Ankara,Antananarivo,Antwerp,Arctic,Ashgabat,Asmara,Astana,Asuncion,Athens,' +
  'Atlanta,Atlantic,Auckland,Austin,Baghdad,Baku,Baltimore,Bamako,Bandar Seri Begawan,Bangalore,Bangkok,' +
  'Bangui,Banjul,Barcelona,Basra,Beijing,Beirut,Belgrade,Belmopan,Benghazi,Berlin,Bern,Bethlehem,' +
  'Birmingham,Bishkek,Bissau,Bogota,Bombay,Bonn,Boston,Brasilia,Bratislava,Brazzaville,Bridgetown,' +
  'Brisbane,Bronx,Brooklyn,Brussels,Bucharest,Budapest,Buenos Aires,Buffalo,Bujumbura,Busan,Cairo,' +
  'Calcutta,Calgary,Cambridge,Canberra,Cape Town,Caracas,Casablanca,Charlotte,Chennai,Chicago,Chisinau,' +
  'Chongqing,Cincinnati,Cleveland,Cologne,Colombo,Conakry,Copenhagen,Dakar,Dallas,Damascus,' +
  'Dar es Salaam,Davos,Delhi,Denver,Detroit,Dhaka,Dodoma,Doha,Donetsk,Dubai,Dublin,Durban,Dushanbe,' +
  'Dusseldorf,Edinburgh,Florence,Frankfurt,Freetown,Gaborone,Gaza,Gaza Strip,Gdansk,Geneva,Georgetown,' +
  'Gitega,Glasgow,Guadalajara,Guangzhou,Guatemala City,Gulf,Hamburg,Hangzhou,Hanoi,Harare,Havana,' +
  'Helsinki,Herat,Hiroshima,Ho Chi Minh City,Hollywood,Honolulu,Houston,Hyderabad,Indianapolis,' +
  'Islamabad,Istanbul,Jakarta,Jeddah,Jerusalem,Johannesburg,Juba,Kabul,Kampala,Kandahar,Kano,' +
  'Kansas City,Karachi,Kathmandu,Kazan,Kharkiv,Khartoum,Kiev,Kigali,Kingston,Kinshasa,Kolkata,' +
  'Korean Peninsula,Krakow,Kuala Lumpur,Kuwait City,Kyiv,Kyoto,La Paz,Lagos,Lahore,Las Vegas,Lausanne,' +
  'Leeds,Libreville,Lilongwe,Lima,Lisbon,Liverpool,Ljubljana,Lome,London,Los Angeles,Luanda,Luhansk,' +
  'Lusaka,Lviv,Lyon,Macau,Madrid,Malabo,Male,Managua,Manama,Manchester,Manhattan,Manila,Maputo,Mariupol,' +
  'Marrakesh,Marseille,Maseru,Mbabane,Mecca,Medellin,Medina,Melbourne,Memphis,Mexico City,Miami,Milan,' +
  'Milwaukee,Minneapolis,Minsk,Mogadishu,Mombasa,Monrovia,Monterrey,Montevideo,Montreal,Moroni,Moscow,' +
  "Mosul,Mumbai,Munich,Muscat,N'Djamena,Nagasaki,Nairobi,Naples,Nashville,Nassau,Naypyitaw,New Delhi," +
  'New Orleans,Niamey,Nice,Nicosia,Nouakchott,Novosibirsk,Odesa,Odessa,Orlando,Osaka,Oslo,Ottawa,' +
  'Ouagadougou,Oxford,Pacific,Panama City,Paramaribo,Paris,Persian Gulf,Perth,Peshawar,Philadelphia,' +
  'Phnom Penh,Phoenix,Pittsburgh,Podgorica,Port Louis,Port Moresby,Port of Spain,Port-au-Prince,' +
  'Portland,Porto,Porto-Novo,Prague,Praia,Pretoria,Pristina,Pyongyang,Quebec,Queens,Quito,Rabat,' +
  'Ramallah,Rangoon,Rawalpindi,Reykjavik,Riga,Rio de Janeiro,Riyadh,Rome,Rotterdam,Sacramento,Sahara,' +
  'San Antonio,San Diego,San Francisco,San Jose,San Salvador,Sanaa,Santiago,Santo Domingo,Sao Paulo,' +
  'Sarajevo,Seattle,Seoul,Seville,Shanghai,Shenzhen,Silicon Valley,Skopje,Sochi,Sofia,St Petersburg,' +
  'St. Louis,St. Petersburg,Stockholm,Strasbourg,Stuttgart,Suva,Sydney,Taipei,Tallinn,Tampa,Tashkent,' +
  'Tbilisi,Tegucigalpa,Tehran,Tel Aviv,The Hague,Thimphu,Tianjin,Tijuana,Tirana,Tokyo,Toronto,Tripoli,' +
  'Tunis,Turin,Ulaanbaatar,Vaduz,Valletta,Vancouver,Vatican,Vatican City,Venice,Vienna,Vientiane,' +
  'Vilnius,Vladivostok,Volgograd,Wall Street,Warsaw,Washington D.C.,Washington DC,Wellington,West Bank,' +
  'Windhoek,Wuhan,Yamoussoukro,Yangon,Yaounde,Yekaterinburg,Yerevan,Yokohama,Zagreb,Zurich'

// US states, each with the abbreviations news agencies use in datelines
// (`MIAMI, Fla.`): `State:abbreviations`.
const states =
  'Alabama:Ala.,Alaska,Arizona:Ariz.,Arkansas:Ark.,California:Calif.,Colorado:Colo.,Connecticut:Conn.,' +
  'Delaware:Del.,Florida:Fla.,Georgia:Ga.,Hawaii,Idaho,Illinois:Ill.,Indiana:Ind.,Iowa,Kansas:Kan.,' +
  'Kentucky:Ky.,Louisiana:La.,Maine,Maryland:Md.,Massachusetts:Mass.,Michigan:Mich.,Minnesota:Minn.,' +
  'Mississippi:Miss.,Missouri:Mo.,Montana:Mont.,Nebraska:Neb.,Nevada:Nev.,New Hampshire:N.H.,' +
  'New Jersey:N.J.,New Mexico:N.M.,New York:N.Y.,North Carolina:N.C.,North Dakota:N.D.,Ohio,' +
  'Oklahoma:Okla.,Oregon:Ore.,Pennsylvania:Pa.,Rhode Island:R.I.,South Carolina:S.C.,South Dakota:S.D.,' +
  'Tennessee:Tenn.,Texas,Utah,Vermont:Vt.,Virginia:Va.,Washington:Wash.:D.C.,West Virginia:W.Va.,' +
  'Wisconsin:Wis.,Wyoming:Wyo.'

// Adjectives of peoples and faiths that belong to no one country: never names.
const groups =
  'Arab,Arabic,Jewish,Jew,Muslim,Moslem,Islamic,Christian,Catholic,Protestant,Orthodox,Hindu,Buddhist,' +
  'Sikh,Sunni,Shia,Shiite,Latino,Hispanic,Soviet,Yugoslav,Basque,Catalan,Flemish,Walloon,Bedouin,Tamil,' +
  'Pashtun,Uighur,Uyghur,Berber,Aboriginal,Slav,Slavic,Nordic,Western,Eastern,Communist,Korean,Hutu,' +
  'Tutsi,Afrikaner,Zulu,Maori,Inuit,Roma,Democrat,Republican,Islamist,Anglican,Evangelical,Mormon'

/** Place names by lower case name or short form: the canonical name. */
const places = new Map<string, string>()
/** Countries by lower case demonym. */
const demonyms = new Map<string, string>()
/** Canonical names of countries and regions (those of `peoples`). */
const countries = new Set<string>()

function addPlace(name: string, canonical: string): void {
  const key = name.toLowerCase()
  // A name read twice (“Georgia” the country and the state) keeps its first reading.
  if (!places.has(key)) places.set(key, canonical)
}

for (const line of peoples.split('\n')) {
  const [name = '', demonymList = '', aliasList = ''] = line.split('|')
  addPlace(name, name)
  countries.add(name)
  for (const alias of split(aliasList)) addPlace(alias, name)
  for (const demonym of split(demonymList)) demonyms.set(spell(demonym, name).toLowerCase(), name)
}

for (const name of split(cities)) addPlace(name, name)

for (const state of split(states)) {
  const [name = '', ...abbreviations] = state.split(':')
  addPlace(name, name)
  for (const abbreviation of abbreviations) addPlace(abbreviation, name)
}

/** Demonyms of groups, not places. */
const groupAdjectives = new Set(split(groups.toLowerCase()))

function split(list: string): string[] {
  return list ? list.split(',') : []
}

/** A demonym as written in `peoples`, spelled out: `+n` of `Albania` is `Albanian`. */
function spell(demonym: string, place: string): string {
  return demonym.startsWith('+') ? place + demonym.slice(1) : demonym
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

/** Whether a canonical place name (from `placeOf`) is a country or region, not a city or state. */
export function isCountry(place: string): boolean {
  return countries.has(place)
}
