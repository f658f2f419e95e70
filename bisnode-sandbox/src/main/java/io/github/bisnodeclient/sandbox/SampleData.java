package io.github.bisnodeclient.sandbox;

import static io.github.bisnodeclient.sandbox.Company.LegalForm.LIMITED_COMPANY;
import static io.github.bisnodeclient.sandbox.Company.LegalForm.PARTNERSHIP;
import static io.github.bisnodeclient.sandbox.Company.LegalForm.SOLE_PROPRIETORSHIP;
import static io.github.bisnodeclient.sandbox.Person.Gender.FEMALE;
import static io.github.bisnodeclient.sandbox.Person.Gender.MALE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's fictional people and companies in Sweden, Norway, Denmark and Finland. Names and
 * numbers are made up; every identifier has a valid format and check digit (see {@link
 * NationalIds}). Phone numbers in Sweden are from the range PTS keeps for fiction.
 *
 * <p>The demo's person, Sven Svensson of Vasagatan 9, 111 20 Stockholm, is the first entry; a
 * second Sven Svensson lives in Göteborg, so a search by name alone finds two.
 */
final class SampleData {
  static final List<Person> PERSONS =
      Stream.of(
              person(
                      "SE",
                      "196103148752",
                      "QJXXVBOTHD0W",
                      "Sven Henning",
                      "Sven",
                      "Svensson",
                      MALE,
                      "1961-03-14")
                  .visiting("Vasagatan", "9", "11120", "Stockholm")
                  .mobile("+46701740605"),
              person(
                      "SE",
                      "197811024897",
                      "FLHBMUAPTT0Z",
                      "Sven Olof",
                      "Sven",
                      "Svensson",
                      MALE,
                      "1978-11-02")
                  .visiting("Kungsgatan", "12", "41119", "Göteborg")
                  .apartment("1203")
                  .floor("2")
                  .mobile("+46701740611"),
              person(
                      "SE",
                      "198506234569",
                      "ON8J1DYBV7ZX",
                      "Anna Maria",
                      "Anna",
                      "Lindqvist",
                      FEMALE,
                      "1985-06-23")
                  .visiting("Storgatan", "4", "21142", "Malmö")
                  .entrance("B")
                  .apartment("1102")
                  .floor("1")
                  .mobile("+46701740622")
                  .landline("+4640123456"),
              person(
                      "SE",
                      "195201302261",
                      "2VDHLDSUN7AV",
                      "Karin Elisabet",
                      "Karin",
                      "Johansson",
                      FEMALE,
                      "1952-01-30")
                  .visiting("Drottninggatan", "71", "11136", "Stockholm")
                  .directMarketingRestriction()
                  .secretMobile("+46701740633"),
              person(
                      "SE",
                      "193808084036",
                      "XX71C9JEQQA3",
                      "Erik Gustav",
                      "Erik",
                      "Nilsson",
                      MALE,
                      "1938-08-08")
                  .diedOn("2021-12-01")
                  .visiting("Ågatan", "3", "58222", "Linköping"),
              person(
                      "SE",
                      "199004178928",
                      "FPUW23YDESOK",
                      "Maria Kristina",
                      "Maria",
                      "Andersson",
                      FEMALE,
                      "1990-04-17")
                  .visiting("Östra Hamngatan", "20", "41109", "Göteborg")
                  .postal("c/o Berg", "Linnégatan", "5", "41304", "Göteborg")
                  .mobile("+46701740644")
                  .telemarketingRestriction(),
              person(
                      "SE",
                      "197209057392",
                      "0LLSD9D2VEYX",
                      "Lars Åke",
                      "Lars",
                      "Persson",
                      MALE,
                      "1972-09-05")
                  .visiting("Stora Torget", "1", "75320", "Uppsala")
                  .mobile("+46701740655"),
              person(
                      "SE",
                      "200112249941",
                      "AXMKNUJ0EWU1",
                      "Elin Sofia",
                      "Sofia",
                      "Berg",
                      FEMALE,
                      "2001-12-24")
                  .visiting("Sveavägen", "44", "11134", "Stockholm")
                  .apartment("1401")
                  .floor("4")
                  .mobile("+46701740666"),
              person(
                      "NO",
                      "17057514051",
                      "C048TTP08KFT",
                      "Ingrid",
                      "Ingrid",
                      "Haugen",
                      FEMALE,
                      "1975-05-17")
                  .visiting("Karl Johans gate", "22", "0159", "Oslo")
                  .mobile("+4791234501"),
              person(
                      "NO",
                      "29028825534",
                      "6OL1YXM13BPA",
                      "Magnus Olav",
                      "Magnus",
                      "Solberg",
                      MALE,
                      "1988-02-29")
                  .visiting("Bryggen", "15", "5003", "Bergen")
                  .mobile("+4791234502")
                  .telemarketingRestriction(),
              person(
                      "NO",
                      "10106415426",
                      "XIUWP7317BD9",
                      "Sigrid",
                      "Sigrid",
                      "Dahl",
                      FEMALE,
                      "1964-10-10")
                  .visiting("Munkegata", "30", "7011", "Trondheim")
                  .entrance("A")
                  .landline("+4773123403"),
              person(
                      "NO",
                      "01070355538",
                      "2LBC7RD0SMA2",
                      "Henrik",
                      "Henrik",
                      "Lie",
                      MALE,
                      "2003-07-01")
                  .visiting("Kongens gate", "8", "4610", "Kristiansand")
                  .mobile("+4791234504"),
              person(
                      "NO",
                      "31124919447",
                      "LQYCKGAVJSG9",
                      "Kari Anne",
                      "Kari",
                      "Nygård",
                      FEMALE,
                      "1949-12-31")
                  .visiting("Storgata", "5", "9008", "Tromsø")
                  .directMarketingRestriction()
                  .landline("+4777123405"),
              person(
                      "DK",
                      "120470-2299",
                      "RA4UZEPZ1QSS",
                      "Jens Peter",
                      "Jens",
                      "Hansen",
                      MALE,
                      "1970-04-12")
                  .visiting("Strøget", "18", "1160", "København K")
                  .floor("3")
                  .mobile("+4521345601"),
              person(
                      "DK",
                      "190883-3798",
                      "WU9TAHEAKA90",
                      "Lotte",
                      "Lotte",
                      "Nielsen",
                      FEMALE,
                      "1983-08-19")
                  .visiting("Åboulevarden", "7", "8000", "Aarhus C")
                  .mobile("+4521345602"),
              person(
                      "DK",
                      "050158-0465",
                      "L8RTFKBH2DEW",
                      "Søren Aksel",
                      "Søren",
                      "Kjær",
                      MALE,
                      "1958-01-05")
                  .visiting("Vestergade", "3", "5000", "Odense C")
                  .directMarketingRestriction()
                  .landline("+4566123403"),
              person(
                      "DK",
                      "301195-1170",
                      "SGZ278V65E54",
                      "Camilla",
                      "Camilla",
                      "Møller",
                      FEMALE,
                      "1995-11-30")
                  .visiting("Algade", "12", "9000", "Aalborg")
                  .floor("2")
                  .mobile("+4521345604"),
              person(
                      "DK",
                      "140200-4815",
                      "3AWM3TVW78UJ",
                      "Mads",
                      "Mads",
                      "Kristensen",
                      MALE,
                      "2000-02-14")
                  .visiting("Torvet", "2", "6700", "Esbjerg")
                  .mobile("+4521345605"),
              person(
                      "FI",
                      "210966-647P",
                      "K329M2WYKP4I",
                      "Matti Juhani",
                      "Matti",
                      "Virtanen",
                      MALE,
                      "1966-09-21")
                  .visiting("Mannerheimintie", "12", "00100", "Helsinki")
                  .entrance("B")
                  .apartment("14")
                  .mobile("+358401234501"),
              person(
                      "FI",
                      "030391-178K",
                      "SANJ7C3C4BHO",
                      "Aino Kaarina",
                      "Aino",
                      "Korhonen",
                      FEMALE,
                      "1991-03-03")
                  .visiting("Hämeenkatu", "9", "33100", "Tampere")
                  .apartment("3")
                  .mobile("+358401234502"),
              person(
                      "FI",
                      "121255-195W",
                      "AZ4FTV82HNLN",
                      "Juha",
                      "Juha",
                      "Mäkinen",
                      MALE,
                      "1955-12-12")
                  .diedOn("2023-04-30")
                  .visiting("Aurakatu", "6", "20100", "Turku"),
              person(
                      "FI",
                      "050502A124S",
                      "61QX7M0UEL9U",
                      "Liisa Maria",
                      "Liisa",
                      "Nieminen",
                      FEMALE,
                      "2002-05-05")
                  .visiting("Kauppakatu", "20", "40100", "Jyväskylä")
                  .mobile("+358401234504")
                  .telemarketingRestriction(),
              person(
                      "FI",
                      "070780-655X",
                      "I8HVQIN2XH6D",
                      "Mikko",
                      "Mikko",
                      "Heikkinen",
                      MALE,
                      "1980-07-07")
                  .visiting("Isokatu", "15", "90100", "Oulu")
                  .mobile("+358401234505"))
          .map(PersonBuilder::build)
          .toList();

  static final List<Company> COMPANIES =
      Stream.of(
              company(
                      "SE",
                      "5569837528",
                      "314632026",
                      "Norrsken Mjukvara AB",
                      LIMITED_COMPANY,
                      2011)
                  .at("Vasagatan 9", "11120", "Stockholm")
                  .industry("62010", "Computer programming"),
              company("SE", "5591749659", "350079068", "Vasa Konsult AB", LIMITED_COMPANY, 1998)
                  .at("Vasagatan 38", "11120", "Stockholm")
                  .industry("70220", "Business and management consultancy"),
              company(
                      "SE",
                      "5591086052",
                      "356600707",
                      "Bergström & Lind Bygg AB",
                      LIMITED_COMPANY,
                      1987)
                  .at("Industrigatan 14", "21214", "Malmö")
                  .industry("41200", "Construction of residential and non-residential buildings"),
              company(
                      "SE",
                      "5565053906",
                      "315037406",
                      "Kvarnholmen Fastigheter AB",
                      LIMITED_COMPANY,
                      2006)
                  .at("Kvarnholmsvägen 52", "13131", "Nacka")
                  .industry("68201", "Letting of residential property"),
              company(
                      "SE",
                      "5560955691",
                      "351361086",
                      "Göta Kanal Logistik AB",
                      LIMITED_COMPANY,
                      1994)
                  .at("Hamngatan 7", "59130", "Motala")
                  .industry("52100", "Warehousing and storage"),
              company(
                      "SE",
                      "5592770548",
                      "501441980",
                      "Skärgårdens Rederi AB",
                      LIMITED_COMPANY,
                      1979)
                  .at("Strandvägen 21", "11456", "Stockholm")
                  .industry("50102", "Inland passenger water transport"),
              company("SE", "9691253828", "765156711", "Fjällbacka Fisk HB", PARTNERSHIP, 2003)
                  .at("Ingrid Bergmans torg 2", "45071", "Fjällbacka")
                  .industry("03110", "Marine fishing"),
              company("SE", "5567066476", "763208856", "Dalarna Trähus AB", LIMITED_COMPANY, 1991)
                  .at("Sågverksvägen 3", "79131", "Falun")
                  .industry("16230", "Manufacture of builders' carpentry"),
              company(
                      "SE",
                      "5569324162",
                      "368053052",
                      "Malmö Cykelverkstad AB",
                      LIMITED_COMPANY,
                      2015)
                  .at("Södra Förstadsgatan 40", "21143", "Malmö")
                  .industry("95290", "Repair of other personal and household goods"),
              company(
                      "SE",
                      "5567030514",
                      "508891594",
                      "Uppsala Bioteknik AB",
                      LIMITED_COMPANY,
                      2009)
                  .at("Dag Hammarskjölds väg 30", "75237", "Uppsala")
                  .industry("72110", "Research and experimental development on biotechnology"),
              company("SE", "5569449472", "505733778", "Sundets Energi AB", LIMITED_COMPANY, 2001)
                  .at("Kajpromenaden 11", "25225", "Helsingborg")
                  .industry("35110", "Production of electricity"),
              company("SE", "5560452244", "317076357", "Lapplands Turism AB", LIMITED_COMPANY, 1996)
                  .at("Storgatan 1", "98131", "Kiruna")
                  .industry("79900", "Other reservation service and related activities")
                  .inactive(),
              company("SE", "5569755431", "366618712", "Gamla Stans Kafé AB", LIMITED_COMPANY, 1989)
                  .at("Västerlånggatan 17", "11129", "Stockholm")
                  .industry("56101", "Licensed restaurants")
                  .inactive(),
              company(
                      "SE",
                      "5565242848",
                      "764226089",
                      "Kronobergs Förvaltning AB",
                      LIMITED_COMPANY,
                      2012)
                  .at("Storgatan 19", "35231", "Växjö")
                  .industry("64209", "Other holding activities")
                  .legallyBlocked(),
              company(
                      "SE",
                      "8506234569",
                      "503619502",
                      "Anna Lindqvist Design",
                      SOLE_PROPRIETORSHIP,
                      2016)
                  .at("Storgatan 4 B", "21142", "Malmö")
                  .industry("74100", "Specialised design activities"),
              company(
                      "SE",
                      "5569837528",
                      "318470411",
                      "Norrsken Mjukvara AB",
                      LIMITED_COMPANY,
                      2018)
                  .at("Kungsgatan 12", "41119", "Göteborg")
                  .industry("62010", "Computer programming")
                  .branch(),
              company(
                      "SE",
                      "5560955691",
                      "358518576",
                      "Göta Kanal Logistik AB",
                      LIMITED_COMPANY,
                      2014)
                  .at("Lagervägen 4", "55303", "Jönköping")
                  .industry("52100", "Warehousing and storage")
                  .branch(),
              company(
                      "NO",
                      "835824829",
                      "501052275",
                      "Fjordlys Teknologi AS",
                      LIMITED_COMPANY,
                      2013)
                  .at("Karl Johans gate 22", "0159", "Oslo")
                  .industry("62010", "Computer programming"),
              company("NO", "943114803", "509920150", "Nordkapp Sjømat AS", LIMITED_COMPANY, 1985)
                  .at("Havnegata 4", "9750", "Honningsvåg")
                  .industry("10200", "Processing and preserving of fish"),
              company("NO", "927475820", "359118205", "Bryggen Handel AS", LIMITED_COMPANY, 1992)
                  .at("Bryggen 15", "5003", "Bergen")
                  .industry("47190", "Other retail sale in non-specialised stores"),
              company("NO", "881141094", "505217205", "Vestland Kraft AS", LIMITED_COMPANY, 2004)
                  .at("Kaigaten 9", "5015", "Bergen")
                  .industry("35110", "Production of electricity"),
              company("NO", "895972169", "360237056", "Trondheim Verft AS", LIMITED_COMPANY, 1968)
                  .at("Fosenkaia 3", "7010", "Trondheim")
                  .industry("30110", "Building of ships and floating structures"),
              company("NO", "829551004", "362922098", "Lofoten Reiseliv AS", LIMITED_COMPANY, 2008)
                  .at("Torget 1", "8300", "Svolvær")
                  .industry("79110", "Travel agency activities"),
              company("NO", "844641486", "369844703", "Oslo Byggservice AS", LIMITED_COMPANY, 1999)
                  .at("Grønlandsleiret 31", "0190", "Oslo")
                  .industry("43390", "Other building completion and finishing"),
              company("NO", "889255382", "365358791", "Hardanger Frukt AS", LIMITED_COMPANY, 1977)
                  .at("Fruktvegen 2", "5778", "Utne")
                  .industry("01240", "Growing of pome and stone fruits"),
              company(
                      "NO",
                      "855434105",
                      "318049027",
                      "Tromsø Arktisk Design AS",
                      LIMITED_COMPANY,
                      2017)
                  .at("Storgata 5", "9008", "Tromsø")
                  .industry("74100", "Specialised design activities"),
              company(
                      "NO",
                      "876251493",
                      "364769923",
                      "Stavanger Offshore Service AS",
                      LIMITED_COMPANY,
                      1982)
                  .at("Strandkaien 12", "4005", "Stavanger")
                  .industry("09100", "Support activities for petroleum and natural gas extraction"),
              company("NO", "929765567", "365202714", "Bergen Regnklær AS", LIMITED_COMPANY, 1995)
                  .at("Strandgaten 40", "5013", "Bergen")
                  .industry("14130", "Manufacture of other outerwear")
                  .inactive(),
              company("NO", "858850223", "313455206", "Gamle Oslo Bakeri AS", LIMITED_COMPANY, 2002)
                  .at("Schweigaards gate 16", "0191", "Oslo")
                  .industry("10710", "Manufacture of bread")
                  .inactive(),
              company(
                      "NO",
                      "952279033",
                      "311408149",
                      "Kari Nygård Regnskap",
                      SOLE_PROPRIETORSHIP,
                      2010)
                  .at("Storgata 5", "9008", "Tromsø")
                  .industry("69201", "Accounting and bookkeeping"),
              company("NO", "809380165", "368273918", "Haugen & Solberg DA", PARTNERSHIP, 2019)
                  .at("Bryggen 15", "5003", "Bergen")
                  .industry("71121", "Engineering activities"),
              company(
                      "NO",
                      "967851426",
                      "503678971",
                      "Fjordlys Teknologi AS",
                      LIMITED_COMPANY,
                      2020)
                  .at("Bryggen 21", "5003", "Bergen")
                  .industry("62010", "Computer programming")
                  .branch(),
              company("DK", "15775084", "358565513", "Øresund Logistik ApS", LIMITED_COMPANY, 2007)
                  .at("Amager Strandvej 100", "2300", "København S")
                  .industry("52290", "Other transportation support activities"),
              company("DK", "15624051", "505627855", "Havnens Bageri A/S", LIMITED_COMPANY, 1983)
                  .at("Nyhavn 20", "1051", "København K")
                  .industry("10710", "Manufacture of bread"),
              company("DK", "32007384", "508249674", "Vestjysk Træværk ApS", LIMITED_COMPANY, 1997)
                  .at("Industrivej 8", "6950", "Ringkøbing")
                  .industry("16230", "Manufacture of builders' carpentry"),
              company(
                      "DK",
                      "17814613",
                      "367819144",
                      "Aarhus Softwarehus A/S",
                      LIMITED_COMPANY,
                      2010)
                  .at("Åboulevarden 7", "8000", "Aarhus C")
                  .industry("62010", "Computer programming"),
              company("DK", "46800699", "768257759", "Fynsk Frugt ApS", LIMITED_COMPANY, 2005)
                  .at("Vestergade 3", "5000", "Odense C")
                  .industry("46310", "Wholesale of fruit and vegetables"),
              company("DK", "47763495", "311801885", "Nordsø Fiskeri A/S", LIMITED_COMPANY, 1974)
                  .at("Havnevej 15", "9850", "Hirtshals")
                  .industry("03110", "Marine fishing"),
              company(
                      "DK",
                      "38541579",
                      "364417859",
                      "Københavns Cykelsmed ApS",
                      LIMITED_COMPANY,
                      2014)
                  .at("Nørrebrogade 52", "2200", "København N")
                  .industry("95290", "Repair of other personal and household goods"),
              company(
                      "DK",
                      "47960045",
                      "760461670",
                      "Limfjordens Østers ApS",
                      LIMITED_COMPANY,
                      2011)
                  .at("Havnen 3", "7900", "Nykøbing Mors")
                  .industry("03210", "Marine aquaculture"),
              company("DK", "21743402", "765456173", "Kattegat Vind A/S", LIMITED_COMPANY, 2009)
                  .at("Algade 12", "9000", "Aalborg")
                  .industry("35110", "Production of electricity"),
              company(
                      "DK",
                      "49877854",
                      "311696037",
                      "Roskilde Lyd & Lys ApS",
                      LIMITED_COMPANY,
                      2016)
                  .at("Algade 30", "4000", "Roskilde")
                  .industry("90020", "Support activities to performing arts"),
              company("DK", "48082629", "350824942", "Hansen & Kjær I/S", PARTNERSHIP, 2018)
                  .at("Torvet 2", "6700", "Esbjerg")
                  .industry("69200", "Accounting and auditing"),
              company(
                      "DK",
                      "22373900",
                      "503549086",
                      "Lotte Nielsen Grafisk",
                      SOLE_PROPRIETORSHIP,
                      2012)
                  .at("Åboulevarden 7", "8000", "Aarhus C")
                  .industry("74100", "Specialised design activities"),
              company("DK", "48520065", "508631705", "Amager Is ApS", LIMITED_COMPANY, 2001)
                  .at("Amagerbrogade 80", "2300", "København S")
                  .industry("10520", "Manufacture of ice cream")
                  .inactive(),
              company("DK", "12283636", "312628460", "Bornholm Keramik ApS", LIMITED_COMPANY, 1990)
                  .at("Store Torv 5", "3700", "Rønne")
                  .industry("23410", "Manufacture of ceramic household articles")
                  .inactive(),
              company("DK", "15775084", "764998050", "Øresund Logistik ApS", LIMITED_COMPANY, 2019)
                  .at("Kystvejen 41", "8000", "Aarhus C")
                  .industry("52290", "Other transportation support activities")
                  .branch(),
              company("FI", "1587191-7", "764737023", "Saimaan Puu Oy", LIMITED_COMPANY, 1986)
                  .at("Satamatie 4", "53900", "Lappeenranta")
                  .industry("16100", "Sawmilling and planing of wood"),
              company(
                      "FI",
                      "2370301-6",
                      "313359536",
                      "Revontuli Ohjelmistot Oy",
                      LIMITED_COMPANY,
                      2012)
                  .at("Mannerheimintie 12", "00100", "Helsinki")
                  .industry("62010", "Computer programming"),
              company("FI", "1827060-7", "766182931", "Koski & Mäki Ky", PARTNERSHIP, 2015)
                  .at("Hämeenkatu 9", "33100", "Tampere")
                  .industry("71121", "Engineering activities"),
              company("FI", "0437233-8", "355082912", "Lapin Matkailu Oy", LIMITED_COMPANY, 2000)
                  .at("Koskikatu 25", "96200", "Rovaniemi")
                  .industry("79900", "Other reservation service and related activities"),
              company(
                      "FI",
                      "2705909-6",
                      "769239627",
                      "Tampereen Konepaja Oy",
                      LIMITED_COMPANY,
                      1971)
                  .at("Hatanpään valtatie 24", "33100", "Tampere")
                  .industry("28290", "Manufacture of other general-purpose machinery"),
              company(
                      "FI",
                      "2508103-8",
                      "350231830",
                      "Turun Satamapalvelu Oy",
                      LIMITED_COMPANY,
                      1993)
                  .at("Linnankatu 90", "20100", "Turku")
                  .industry("52220", "Service activities incidental to water transportation"),
              company("FI", "0778361-8", "509077419", "Kuopion Leipomo Oy", LIMITED_COMPANY, 1988)
                  .at("Kauppakatu 30", "70100", "Kuopio")
                  .industry("10710", "Manufacture of bread"),
              company(
                      "FI",
                      "2890828-0",
                      "506233977",
                      "Helsingin Kahvipaahtimo Oy",
                      LIMITED_COMPANY,
                      2013)
                  .at("Fredrikinkatu 33", "00120", "Helsinki")
                  .industry("10830", "Processing of tea and coffee"),
              company("FI", "2179406-5", "502489506", "Oulun Teknologia Oy", LIMITED_COMPANY, 2006)
                  .at("Isokatu 15", "90100", "Oulu")
                  .industry("26110", "Manufacture of electronic components"),
              company("FI", "0748952-3", "355592964", "Pohjanmaan Maito Oy", LIMITED_COMPANY, 1979)
                  .at("Meijerintie 1", "60100", "Seinäjoki")
                  .industry("10510", "Operation of dairies and cheese making"),
              company(
                      "FI",
                      "3581917-1",
                      "507560563",
                      "Ahvenanmaan Rederi Ab",
                      LIMITED_COMPANY,
                      1958)
                  .at("Torggatan 7", "22100", "Mariehamn")
                  .industry("50101", "Sea and coastal passenger water transport"),
              company(
                      "FI",
                      "2541716-0",
                      "318005023",
                      "Jyväskylän Kirjapaino Oy",
                      LIMITED_COMPANY,
                      1965)
                  .at("Kauppakatu 20", "40100", "Jyväskylä")
                  .industry("18120", "Other printing")
                  .inactive(),
              company("FI", "3321713-4", "364336368", "Porvoon Kynttilä Oy", LIMITED_COMPANY, 1999)
                  .at("Välikatu 4", "06100", "Porvoo")
                  .industry("32990", "Other manufacturing n.e.c.")
                  .inactive(),
              company(
                      "FI",
                      "3474547-3",
                      "317493036",
                      "Toiminimi Aino Korhonen",
                      SOLE_PROPRIETORSHIP,
                      2017)
                  .at("Hämeenkatu 9", "33100", "Tampere")
                  .industry("96021", "Hairdressing"),
              company(
                      "FI",
                      "2370301-6",
                      "315564117",
                      "Revontuli Ohjelmistot Oy",
                      LIMITED_COMPANY,
                      2021)
                  .at("Hatanpään valtatie 26", "33100", "Tampere")
                  .industry("62010", "Computer programming")
                  .branch())
          .map(CompanyBuilder::build)
          .toList();

  private SampleData() {}

  private static PersonBuilder person(
      String country,
      String legalId,
      String gedi,
      String firstNames,
      String preferredFirstName,
      String familyName,
      Person.Gender gender,
      String dateOfBirth) {
    return new PersonBuilder(
        country,
        legalId,
        gedi,
        Arrays.asList(firstNames.split(" ")),
        preferredFirstName,
        familyName,
        gender,
        LocalDate.parse(dateOfBirth));
  }

  private static CompanyBuilder company(
      String country,
      String registrationNumber,
      String dunsNumber,
      String name,
      Company.LegalForm legalForm,
      int foundedYear) {
    return new CompanyBuilder(
        country, registrationNumber, dunsNumber, name, legalForm, foundedYear);
  }

  /** Reads like a register extract: addresses and phones in order, modifiers on the last one. */
  private static final class PersonBuilder {
    private final String country;
    private final String legalId;
    private final String gedi;
    private final List<String> firstNames;
    private final String preferredFirstName;
    private final String familyName;
    private final Person.Gender gender;
    private final LocalDate dateOfBirth;
    private @Nullable LocalDate dateOfDeath;
    private boolean directMarketingRestriction;
    private final List<MutableAddress> addresses = new ArrayList<>();
    private final List<Person.Phone> phones = new ArrayList<>();

    PersonBuilder(
        String country,
        String legalId,
        String gedi,
        List<String> firstNames,
        String preferredFirstName,
        String familyName,
        Person.Gender gender,
        LocalDate dateOfBirth) {
      this.country = country;
      this.legalId = legalId;
      this.gedi = gedi;
      this.firstNames = firstNames;
      this.preferredFirstName = preferredFirstName;
      this.familyName = familyName;
      this.gender = gender;
      this.dateOfBirth = dateOfBirth;
    }

    PersonBuilder visiting(String street, String number, String postalCode, String city) {
      addresses.add(new MutableAddress("Visiting", null, street, number, postalCode, city));
      return this;
    }

    PersonBuilder postal(
        String careOf, String street, String number, String postalCode, String city) {
      addresses.add(new MutableAddress("Postal", careOf, street, number, postalCode, city));
      return this;
    }

    PersonBuilder entrance(String entrance) {
      last().entrance = entrance;
      return this;
    }

    PersonBuilder apartment(String apartment) {
      last().apartment = apartment;
      return this;
    }

    PersonBuilder floor(String floor) {
      last().floor = floor;
      return this;
    }

    PersonBuilder mobile(String number) {
      phones.add(new Person.Phone("Mobile", number, false, false));
      return this;
    }

    PersonBuilder secretMobile(String number) {
      phones.add(new Person.Phone("Mobile", number, false, true));
      return this;
    }

    PersonBuilder landline(String number) {
      phones.add(new Person.Phone("Landline", number, false, false));
      return this;
    }

    /** The last phone added may not be called for telemarketing. */
    PersonBuilder telemarketingRestriction() {
      Person.Phone phone = phones.remove(phones.size() - 1);
      phones.add(new Person.Phone(phone.type(), phone.number(), true, phone.secretPhoneNumber()));
      return this;
    }

    PersonBuilder directMarketingRestriction() {
      this.directMarketingRestriction = true;
      return this;
    }

    PersonBuilder diedOn(String date) {
      this.dateOfDeath = LocalDate.parse(date);
      return this;
    }

    private MutableAddress last() {
      return addresses.get(addresses.size() - 1);
    }

    Person build() {
      return new Person(
          country,
          legalId,
          gedi,
          firstNames,
          preferredFirstName,
          familyName,
          gender,
          dateOfBirth,
          dateOfDeath,
          directMarketingRestriction,
          addresses.stream().map(a -> a.build(country)).toList(),
          phones);
    }
  }

  private static final class MutableAddress {
    final String type;
    final @Nullable String careOf;
    final String street;
    final String number;
    final String postalCode;
    final String city;
    @Nullable String entrance;
    @Nullable String apartment;
    @Nullable String floor;

    MutableAddress(
        String type,
        @Nullable String careOf,
        String street,
        String number,
        String postalCode,
        String city) {
      this.type = type;
      this.careOf = careOf;
      this.street = street;
      this.number = number;
      this.postalCode = postalCode;
      this.city = city;
    }

    Person.Address build(String country) {
      return new Person.Address(
          type, careOf, street, number, entrance, apartment, floor, postalCode, city, country);
    }
  }

  private static final class CompanyBuilder {
    private final String country;
    private final String registrationNumber;
    private final String dunsNumber;
    private final String name;
    private final Company.LegalForm legalForm;
    private final int foundedYear;
    private String street = "";
    private String postalCode = "";
    private String town = "";
    private String industryCode = "";
    private String industry = "";
    private boolean active = true;
    private boolean headQuarter = true;
    private boolean legallyBlocked;

    CompanyBuilder(
        String country,
        String registrationNumber,
        String dunsNumber,
        String name,
        Company.LegalForm legalForm,
        int foundedYear) {
      this.country = country;
      this.registrationNumber = registrationNumber;
      this.dunsNumber = dunsNumber;
      this.name = name;
      this.legalForm = legalForm;
      this.foundedYear = foundedYear;
    }

    CompanyBuilder at(String street, String postalCode, String town) {
      this.street = street;
      this.postalCode = postalCode;
      this.town = town;
      return this;
    }

    CompanyBuilder industry(String code, String description) {
      this.industryCode = code;
      this.industry = description;
      return this;
    }

    CompanyBuilder inactive() {
      this.active = false;
      return this;
    }

    /** A branch (not the headquarter) of a company listed earlier. */
    CompanyBuilder branch() {
      this.headQuarter = false;
      return this;
    }

    /** A company Bisnode may not report on: its credit report answers 451. */
    CompanyBuilder legallyBlocked() {
      this.legallyBlocked = true;
      return this;
    }

    Company build() {
      return new Company(
          country,
          registrationNumber,
          dunsNumber,
          name,
          legalForm,
          foundedYear,
          street,
          postalCode,
          town,
          industryCode,
          industry,
          active,
          headQuarter,
          legallyBlocked);
    }
  }
}
