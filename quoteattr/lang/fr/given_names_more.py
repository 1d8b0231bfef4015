"""More given names with their usual gender, for :mod:`quoteattr.lang.fr.given_names`.

Provenance: written for quoteattr in December 2026 from general knowledge of given names, as the
French-language press writes them: France, Belgium, Switzerland and Québec (all generations,
regional and compound names), francophone Africa, the Maghreb, the Middle East, Turkey, Iran and
Haiti (in their French transliterations), and the rest of the world (English, German, Dutch,
Scandinavian, Italian, Iberian, Latin American, Greek, Central and Eastern European, Russian and
Ukrainian in French spelling, Georgian, Armenian, Hebrew, Indian, Pakistani, Indonesian). No list
was copied from another project, and no name was taken from a corpus quoteattr is measured on.
Chinese, Japanese, Korean and Vietnamese syllable names are left out (too short, too ambiguous).
Names that are also a French word, a place, a month or a brand when capitalised were left out
(checked against a French word list: « Line », « Ray », « Tara », « Milan », « Lorraine »), and
names borne by men in one language and women in another are epicene (« Horia », « Karen »).
Keys are lowercase and accent-free, as in :mod:`quoteattr.lang.fr.given_names`.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MORE_EPICENE", "MORE_FEMININE", "MORE_MASCULINE"]

#: Given names borne (almost) only by men.
MORE_MASCULINE: Final = """
aamir ababacar abbas abdelali abdelbaki abdelfattah abdelghani abdelhadi abdelhafid abdelhak
abdelhakim abdelhalim abdelhamid abdelilah abdeljalil abdelkarim abdelkrim abdellah abdellatif
abdelmadjid abdelmajid abdelmalek abdelmoumen abdelouahab abdelwahab abdennour abdenour abderrahim
abderrahmane abderrazak abdeslam abdessalam abdessamad abdou abdoul abdourahamane abdourahmane
abdrahamane abdramane abdulhamit abdullah abelard abhishek ablasse abolfazl aboubacar aboubakar
abraham achot achraf adalbert adama adan adel adelard adelin adem adhemar adil aditya adolfo adrian
adriano aecio agathon aghiles agim agus agustin aharon ahcene ahmadou aidan aiden aitor aivars ajay
ajit akbar akhmad akhmed akis akli akos akshay aksil alaa alan alar alasdair alban alberic albin
alcide aldo aldric aled aleix aleksandar aleksander alessio alexandru alexy alfie alfredo algirdas
alhassane alhousseini aliaksandr aliaksei alicher alija alioune alistair allan alois alok aloys
aloyse alphee alseny altaf amans amar amartya amayas amedeo ameziane amichai amidou amitabh ammar
amokrane amos amr anand anas anastase anastasio anatole ander anders andoni andras andre-louis
andre-marie andre-pierre andrey andri andrii andris andriy andrus andry andy ange-francois
ange-marie ange-mathieu angel angelos angus anibal anicet anies anil anouar anselme ansou ansoumana
ansoumane antanas antenor anthelme anthime antipas antonello antonios antonis antti anwar anze
apollinaire apostolos aram arash arayik arben arbogast archibald archie arda ardeshir ardian arezki
arieh arif aristotelis arjan arjen arjun arkadi arkady armando armel armen arnaldo arnau arne
arnould arouna arpad arsen arseni arseniy arseny artem arthus artiom artis artur arturs artyom
arvydas arye aryeh arzhel asen asghar ashkan ashok ashot asier asif asim aslan assane assimi atal
athanase athanasios attila attilio aubin audran audric audrius aurel aurele auxence avner avraham
ayden aymar ayoub ayrton ayub aziz azzedine babacar babak bachir bachirou badara badr bahram bailo
bajram bakari bakary bakir balazs baltasar bambang bangaly baptistin barham baris barnabas barnabe
bartlomiej bartolomeo bartosz bassirou batuhan baudouin bavo bechara behrouz beji bekir bela belaid
belkacem benat bence benedetto benedict bengt benno benny beppe berat berenger berk bernabe bernd
bernhard bert bertie besnik bezalel bidzina bijan bilawal bilel billy biram birame birane bjarni
bjorn blake blas blerim bobby bocar bogdan bohdan bohumil bohuslav bojan boleslaw bonaventure
boniface borja borut boualem boukari boukary boulos bouna bourama boutros boyko brad bradley brahim
bram brandon branko brayan brehima brendan bretislav brett briac brieg brieuc bronislaw bryan bryn
budi bujar bukayo bulent burak burkhard byron caetano caio caleb calixte callum calvin cameron
camilo carles carsten casimir casper cassien cassio catalin cathal cayetano cedrick cees celal
celestin celian cellou cem cemal cengiz cenk cesaire cesc chadi chafik chaibou chaim chakib
charalambos charbel charles-alexandre charles-antoine charles-edouard charles-emmanuel
charles-etienne charles-henri charles-louis charles-olivier charles-philippe charly chedli chedly
cheick cheickna cheikhou chico choguel chokri christer christoph christos ciaran cihan cillian
ciprian ciro clarence clark claude-alain claudio claudiu claver clemens clint clive clodomir
clotaire colm conner connor conor conrad constantin cornel cornelis corrado cosimo cosme cosmin
costel costin craig crispin cristian cristobal csaba cuauhtemoc curdin curtis cyriaque cyrus czeslaw
daan dacian dafydd dale damascene damian daniil danilo danis dante daouda darius dariush dariusz
darko darnell darren darryl dave davi davide davit davor dawid dean deandre declan deepak delly
delyan demetrius denes dennis denys denzel derek dermot desmond detlef detlev dev devendra devlet
dezso dharmendra diarmuid dick dietmar dietrich dieudonne dimas dimitar dimitrios dimitris dinesh
dino diogo dioncounda diosdado dirk djafar djaffar djalil djamel djibo djibril djibrill djibrilla
djiby djilali djillali djimon dmitriy dmytro domingo dominic dominik domitien donal donat donatien
donovan dorian dorin doug dov dragan dramane drazen dries driss drissa dritan driton dror duarte
dumarsais dumitru duncan duri dusan dustin dwayne dwight dzmitry eamon eamonn earl eberhard ebrahim
eckart eddie eddy edgard edgars edi edin edinson edmund edmundo edoardo eduard edwin eero efflam
efim efrain egils egor eirik ekkehard eko ekrem eladio eli elian elie elijah elimane eliot eliott
elisee ellande elliot elliott eloi elon elouan elton elvis elzear emanuele emeric emil emiliano
emilien emrys enda endre eneko enes enguerrand ennio enric enver eoin ephrem erasme ercan erdal eren
eric-emmanuel erich erik erkan erling ernst erol errol ersin ertugrul erwann erwin esa esmail espen
essam esteve etgar ettore euan eudes eugen eugenio euloge eusebe eustache evangelos evariste
evaristo evgeny ewan ewen exequiel eyal ezechiel ezequiel ezio ezra ezzedine fabian fabricio
fabrizio facinet facundo fadel fadhel fadi fady fahd fajar falilou fallou fally faly famara fantin
faouzi fares farhad farhan farouk fathi fatos faustin fausto fawad fawzi faycal fayez fazil fedor
felicien felix-antoine ferenc fereydoun fergus ferhat fermin ferran ferreol fethi fidel fidy fikret
filip finn fintan fiodor flavien flavio florentino floribert florimond fode fons fortunat fotis
fouad fousseni fousseyni francesc franciszek francois-henri francois-joseph francois-louis
francois-marie francois-olivier francois-regis francois-rene franjo frank-walter franklin frans
frantisek frantz freddie freddy frederick frederik fredrik frenkie fridolin fritzner fuat fulbert
fulcran fulgence furkan fyodor gabin gabor gabrielius gadi gaetan gaetano gagik gaguik gaizka gamal
ganesh ganiou ganjar garabed garry gaspar gatien gautam gauvain gavi gavin gebran gedeon geir genaro
gennadi gennady geoff geoffrey georgi georgios gerardo geraud gerd gergely german gerold gerome
gerrit gerry gert gethin geza ghani ghassan ghassem gheorghe ghiles ghislain ghjuvanni ghulam
ghyslain giampaolo gian giancarlo gianfranco gianluca gianluigi giannis gianpiero gibran gideon gijs
gilad gilberto gildas gilmar gino gintautas gion giorgi giorgos girish girolamo gitanas giuliano
giulio gjorge gleb glen glenn godefroi godefroid godefroy gokhan goncalo goneri gontran gonzague
gonzalo gopal goran gorka gottfried graham gratien graziano greg gregorio grigor grigori grigoris
grigory grzegorz gudni guennadi guenole guenter guenther gueorgui guerman guerric guglielmo guilhem
guilherme guillem guillermo guiorgui guirec gunter guntis gurvan gustaf gustav guus guy-brice
guy-philippe gweltaz gwendal gwenole gyorgy gyula haakon habib hadi hadrien hafedh hafez hafid hagop
haidar haider haim haitham haja hakeem hakob hakon halil halim haluk hamad hamadi hamado hamadou
hamadoun hamani hamdi hamed hamidou hamidreza hamish hamit hani hank hannes hanns hans-dietrich
hans-georg hans-joachim hans-jorg hans-jurgen hans-peter hansjorg hanspeter hansruedi hansueli hari
haris harish harold haroun harouna haroutioun harrison hartmut harvey hary hasan hashim hassane
hassen hatem hayk haytham hazem hedi heikki heiko heiner heinz-christian heitor helder helier
helmuth hendra hendrik henk henrique henryk herman hermann hernan hernando hersh hery hesham hicham
hichem hikmet hilarion hipolito hippolyte hisham hissene hocine hoel holger horacio hosni hossein
houari houcine houssem hovhannes hrant hristijan hristo hrithik hubertus hugh hulusi humberto humza
hunor huseyin huub huw iain iakov ian iaroslav ibai ibou idan idir idris idrissou iegor ieuan ievgen
ignacio ignacy ignazio iker ilan ilhan ilia ilian ilias ilie ilir ilker ilkka ilyan ilyas imad
imanol imed imrane imre inaki ingo ingvar inigo inoussa ioannis ionut iosif iossif iouri irakli
irenee ireneusz irfan irrfan isaac isaiah isaie ishak isidro ismaila ismet issa issam issiaka
issifou issouf issoufou itamar itay iulian ivaylo ivica ivo iyad jaafar jaak jaap jacek jacinto jack
jacob jacquelin jacques-alain jacques-andre jacques-antoine jacques-henri jacques-louis
jacques-marie jacques-olivier jacques-yves jafar jagdish jagmeet jake jakez jakov jakub jalal jalil
jamel janez jannik janos janusz jared jari jaroslav jaume javad javed jawad jawaharlal jay jayden
jean-alain jean-alexandre jean-andre jean-antoine jean-benoit jean-bernard jean-bertrand jean-bosco
jean-damascene jean-david jean-denis jean-dominique jean-edouard jean-emile jean-emmanuel jean-eric
jean-etienne jean-eudes jean-felix jean-francis jean-frederic jean-gabriel jean-georges jean-gerard
jean-guillaume jean-henri jean-henry jean-herve jean-hubert jean-hugues jean-joseph jean-laurent
jean-loup jean-manuel jean-marie jean-martin jean-mathieu jean-maurice jean-max jean-nicolas
jean-olivier jean-pascal jean-pol jean-raymond jean-remi jean-robert jean-roch jean-sebastien
jean-serge jean-simon jean-sylvain jean-thomas jean-toussaint jean-xavier jed jef jelle jeppe
jeremiah jeroen jerry jerzy jesper jesse jimi jimmie jindrich jiri jitendra joaquim joaquin
jocelerme jocelyn jochen joerg joey joffrey johann jokin joko jon jonah jonas jonny joost jordi
jordy jorg joris jos joschka josep josh joshua josip josko josselin josu josue jovenel jozef jozsef
jude judicael judikael jugurtha juha jukka julen julian julio junaid juraj jurg juri juris jussi
justinien juvenal kaan kabine kablan kacper kada kaddour kader kadir kaelig kai kaido kais kakha
kalidou kalilou kalle kalman kamal kamil kanye karamoko karan karapet kareem karimou karl-heinz
karl-theodor karlis karol kaspar kasper kassem kassim kassory kassoum kaveh kazem kazimierz keanu
kees keith kelig kelyan ken kendrick kenneth kenny kerem kerfalla kervens kestutis kevork keyvan
kfir khadim khalid khalil khalilou kheireddine khvicha kian kieran kilian kimi kiril kirill kirk
kizito kjell kjetil klaas knut koami koceila kodjo kodjovi koen koffi kofi kojo kokou koldo komi
komla komlan konan konrad konstantinos kossi kossivi kostas kouadio kouakou kouame kouassi kouceila
kourosh krasimir krikor krishna krisjanis kristaps kristian kristjan kristof krisztian krzysztof
kuba kuldeep kwabena kwaku kwame kwasi kwesi kyle kyllian kyriakos kyrylo ladislav lahcen laith
lajos lakhdar lalu lamberto lancelot lander lando landry lansana lansine lapo larbi lasha lassaad
lassane lassina laszlo latifou laurent-desire lauri laurian lautaro lavrenti lawrence lazare lazaro
lazhar leandre leandro lebron lech lefteris leif lennart leonce leonel leonide leopoldo lesly leszek
levan levent levente levin levon lewis liamine liaquat libor lieven lilian linas linus lisandro
lisandru livio liviu lloyd lluis loeiz logan lohan lokman loqman lorenz lorinc lotfi lothaire
louis-alexandre louis-antoine louis-charles louis-david louis-edouard louis-etienne louis-francois
louis-gabriel louis-joseph louis-marie louis-michel louis-nicolas louis-olivier louis-philippe
louis-pierre louka lounes lounis lowie lubin lucian luciano lucio ludger ludo ludovico ludovit
ludwig luka lukasz luke lutz lyam lyes lyndon lyonel lyubomir maarten mabrouk maciej mackenson
mactar madani madjid mads maelan magdy magnus mahamadou mahamane mahamat mahamoudou mahendra maher
mahery mahesh mahfoud mahieddine mahmut maixent majid makhlouf makhtar maksim maksym malachie
malcolm malek malick malone mamadi mamady mamane mamoudou mamour mamoutou mamuka manex manfred
manish manlio manmohan manoj manolis manolo manouchehr mansour manu maodez marat marc-alexandre
marc-andre marc-arthur marc-aurele marc-edouard marc-emmanuel marc-etienne marc-henri marceau
marcelin marcellin marcio marcus marek margus marian marino mariusz markos marnix marouan marouane
maroun marton martti marvin marwan marwane masoud masrour massinissa massoud matan matar matej mateo
mateus matheo matheus mathijs mathurin mathys matias matjaz matt matteu mattheo matthijs matti
mattias matvei mauno mauro mawuko mawuli maxim maximilian maximiliano maximilien maximin maximo
mazen mazigh mbaye medard mederic medhat mehenna mehran mehrdad meinrad meir melaine melchior melvin
menachem menahem menno merab meriadec merrick mert mervyn messaoud mesut metin meven mevlut meziane
mhamed mher michalis micheal michelangelo michiel mick mickey mieczyslaw mihai mihaly mika mikel
mikheil mikis mikkel mikko miklos mikulas milo milorad milos miloud milton mindaugas miquel
mir-hossein miroslav miroslaw missak mitch mitchell mladen modou moez mohamad mohamadou
mohammad-reza mohan mohand mohandas mohcine mohsen mohssine moise moises mojtaba mokhtar mokrane
momar momcilo moncef mondher mongi moqtada moriba moritz morlaye morten morteza mory moshe mostafa
mostefa moti mouad mouctar mouhamadou mouhamed mouhammad mouloud moumouni mounir moustafa moustapha
muharrem mujibur mukesh murdo murilo mykhailo mykola nabih naby nacer naceur nacho nacim nadeem
nader nadjib nael nagib naguib nahel nahuel naim najim nando nanni narcis nasreddine nassim nassirou
natan nathanael nathaniel naveed naveen navid navjot nawaz nayef nayib nazaire nazim ndiaga nebojsa
necdet nechirvan necmettin ned nejib nektarios nello nemanja nenad nesmy nestor neville nevzat
neymar niall nicephore nico nicodeme nicolae nicos nicusor niels nihat nikhil nikola nikolaj
nikolaos nikolay nikos nils nima nimrod nir nitin nitish nizar njaka noam norman nouhou nouhoum
noureddine nouri nourredine novak numan nuno nurettin nuri octavian octavien octavio odilon odon
ofer ofir oguz oisin okba oktay olafur oldrich oleksandr oleksii oleksiy olexandr ollanta olli olof
omid omri ondrej onesime onur orazio oren oreste orhan oriol orso orsu oskar osman ostap osvaldo
otar otavio othman othmane othmar otmane otmar ottavio ouali ouamar oumarou oury ousama oussama
ousseni ousseynou ovide ovidio ovidiu owain owen ozan paavo paco pacome padraig padrig panagiotis
pankaj panos paol parviz pascual pasquale patricio patrik patxi paul-alexandre paul-andre
paul-antoine paul-arthur paul-edouard paul-emile paul-henri paul-louis paul-marie paulin paulo paulu
pavlos pawel payam pedri peio peire pejman pekka perceval percy pervez petar petko petras petro
petros petru petteri peyman phil philemon philibert philip philipp phillip pier-alexandre pier-luc
pier-olivier piergiorgio pierluigi piero pierre-adrien pierre-alexandre pierre-andre pierre-ange
pierre-antoine pierre-arnaud pierre-charles pierre-claver pierre-damien pierre-edouard pierre-emile
pierre-emmanuel pierre-etienne pierre-francois pierre-gilles pierre-hugues pierre-jean pierre-louis
pierre-luc pierre-marc pierre-marie pierre-michel pierre-nicolas pierre-olivier pierre-paul
pierre-richard piet pieter pieter-jan pietro pirmin pius piyush plamen pol pontien porfirio poul
prabowo pradeep prakash pranab praveen predrag premysl priit primoz przemyslaw qamar qassem quincy
rabah rabindranath rached rachidi radamel radek radim radoslaw radouane radovan radu rafal raffaele
rafic rafik raheel raheem raimonds raimundo rainer raj rajendra rajesh rajiv rajnath rakesh ralf
ralph ramazan ramdane ramesh ramin ramiro ramuntxo ramush ramy ramzi ranbir randall ranveer raoni
rasmane rasmus ratan ratko ravindra rayane raynald razvan redha redouane reggie reginald reinaldo
reiner rejean remco remo renald renan renato renaud renzo reto reuven revaz rex reza rheal rhys
ricky ridha ridouane rigobert rija rik rinat ringo rivaldo rivo riwal rizky robbe robbie rocco roch
rodney rodolfo rodrigue rodrygo roel rogelio rogerio rohit rok rolandas rolando rolland romaric
romario romeo romeu romuald ronaldo ronen ronnie ronny rony roody rory ross rostam rouhollah rouslan
roustem ruben rudi rudiger rudolf rudy ruedi ruediger ruggero rumen russell rustam rustem rutger
ryan ryszard saad sabri sachin saddam sadegh sadek sadio sadiq sadok saeed safwan sahbi saidou saif
sajid salaheddine salif salifou salim saliou salou samer samson samuele samvel samy sandeep sander
sandor sandro sani santu sarkis sarunas sasa satish saturnin satya satyajit saul sauli saulius
saverio scott seamus sean sebastiao sedat seddik seidou seif seifeddine sekouba selahattin selim
semih semion semyon sepp seppe serdar sergej sergi sergiy serhii serhiy serigne serj seth severin
seyni shahbaz shahid shahram shahrukh shane shankar shaquille shashi shehbaz shervin shiv shivraj
shkodran shlomo shoaib shota siaka siamak siarhei siddharth sidiki sidy siebe siegfried siegmund
sifax sigismond sigmundur sigurd siim sikirou silvan silvere silviu simeon sinan sjoerd slaheddine
slawomir sleiman slimane smail soan sofian sofiane sohan sohrab sokratis soliman soren soriba sorin
sory sosthene sotiris soufiane soumaila soumana sourav spyros srdjan srinivas staf stanislav
stanislaw stanley stavros steeve stef stefanos stelios sten stenio stepan stephan stephanos stevens
stevo stewart stig stijn stjepan stoyan stuart sture subhas sudhir sukhbir suleyman sundar sunil
surendra suresh susilo svend sviatoslav sylvester sylvio symphorien syphax szabolcs szymon taavi
tabare tadej tadeusz tadhg tafsir taha tahar tahirou tahsin takis tamas tamer tamim tammam tancrede
taner tangi taoufik taras tarcisio tarek tarik tarkan taufik tawfik tayeb tayfun teddy teemu
telesphore tengiz teodor teodoro terence terje terry teun theobald theodoros theodule theophane
thiago thibaud thiebaut thierno thijs thor thorsten tiago tibo tibor tidiane tiebile tiemoko tierno
tigran tigrane tiit tijs til till tilman timo timofei timour timur tino titouan tiziano tobie todd
todor toky tolga tomasz tomislav tommaso tommy tonis toomas toon torbjorn tornike torsten toufic
toufik traian travis trent trevor troels trond trygve tsvetan tudor tudual tugdual tullio tuncay
tuomas turgut tuur txomin tyler tymoteusz tyrone tzachi udo ueli ugo ugur ulf uli ulises ulric
ulysse umesh umut unai urho uri urmas urs usman vaclav vadim vadym vahagn vahan vahe vahid vakhtang
valdas valdemar valdis valere valeri valerien valerii valerio valeriy valon valtteri vangelis vardan
vartan varun vasco vasile vasilis vassili vassilis vassily vazgen vazguen vedat veit venance
venceslas venkatesh veselin vesselin viacheslav viatcheslav vicente viggo vijay vikram vilem
vincenzo vinicius vinod viorel virat virgil virgile virgilio vitalii vitaliy vitaly vito vivek
vivien vlad vojtech volkan vratislav vsevolod vuk vyacheslav vytautas wade wael wahid wahyu waldemar
walid wallace walt walther waqar warre warren wasim wassim wayne wenceslas wendelin wes wesley
wieslaw wiktor wilbert wilbur wilfrid wilfried wilkens willem willem-alexander willi willie willy
wilner wim winfried wisler witold wladyslaw wojciech wojtek wolf wolfram woody wopke wout wouter
wyclef xabi xabier xander xaver xavi xherdan yaakov yacoub yacouba yahaya yahia yahya yakoub yamandu
yannig yannis yao yariv yaroslav yasar yash yassin yassine yavuz yawo yaya yazan yazid yefim yegor
yehoshua yehuda yevgeny yevhen yiannis yidir yigal yigit yoan yoann yoav yogesh yohann yonatan
yorgos yosef yossi youcef youenn younes youness younous youri yousaf yousef youssou yousuf yunus
yuriy yury yvan yves-marie zach zachary zack zafar zaher zahi zahir zaid zakari zakaria zakariya
zakhar zakir zaven zayd zayed zbigniew zbynek zdenek zdzislaw zeki zeljko zenon zephirin ziad zied
ziga ziya zlatan zohran zoltan zoubir zouhair zouheir zoumana zourab zsolt zubair zulfikar zurab
zviad zygmunt
"""

#: Given names borne (almost) only by women.
MORE_FEMININE: Final = """
aaliyah abena abigail abir abla achta ada adeline aditi adjara adji adjo adjoa adjoua adwoa affoue
afi afiwa afua agata agne agneta agustina ahlam ahou aichatou aida aikaterini ailsa ainara ainhoa
aino aishwarya aisling aitana akissi akossiwa akou akua albana albane alejandra aleksandra alena
alessia alexia alicja alienor alimata aliona alison aliya alizee allison alphonsine alya alyona ama
amaia amalia amaya amber amel amelia amenan amira amivi amoin amparo amra amy anabelle anaelle
anahid anahit anaig ananya anastasiia anastasiya anastassia anat anca andree andree-anne andreea
aneta angelika angeline angharad angie anhelina anielle aniko anina anita anjali ann annabel
annabelle annaig annalisa anne-caroline anne-catherine anne-cecile anne-charlotte anne-christine
anne-dominique anne-elisabeth anne-emmanuelle anne-flore anne-france anne-francoise anne-gabrielle
anne-gaelle anne-helene anne-isabelle anne-julie anne-line anne-lise anne-lore anne-pascale
anne-sylvie anne-valerie anneke anneleen anneli annelies annemarie annemie annet annick annika
anouck anouk anoushka anta antigone antonella anushka aoife aparecida apolline araceli arame arantxa
arantza aretha ariadne ariana arianna arina arlene arlette armandine armelle armine aruna arundhati
aryna arzu asha ashlee asli asma asmae assetou assia assitan astan astou astrid athina audrey-anne
aurelia ausra ava avital axelle aya ayelet ayesha ayla aylin ayse ayu azadeh azeta azilis aziliz
aziza azra badia baiba balkissa barbel barbora basma bathilde beate beatrix becky begona bella
benazir benedetta benedita berangere berenice bernadett bertille besma bessie beth bethan betty
beyonce bibata bibiane bieke biljana bineta binta bintou birgitta birthe bjork blanca blandine
blanka bleuenn bodil boglarka bonnie bouchra bouthaina bozena branka britney britt brooke bruna
btissam busra caitlin calixthe camila camilla canan candice caoimhe carine carol carola carolina
carrie carys cassandre catarina cate cathy catriona cayetana celestine cerys cesarine chabha chafia
chahinez chaima chaimae chantale charlene cheryl chiraz chirine chjara christel chrysoula chrystelle
chrystia ciara cindy claire-lise claire-marie claudette claudine clea clelia clodagh cloe clothilde
clotilde codou codruta coline conceicao concetta conchita condoleezza consolata constanza consuelo
coralie corina corine cornelia coumba courtney csilla cyndi cynthia cyrielle daba dace dafna dagmar
dahbia daisy dalanda dalila damares daniella danielle danijela danuta daphne daria dariya darline
darya dasha dassine dawn dayana debbie deborah debra deepika deirdre delcy delia derya desislava
despina dewi dienaba dieula dieynaba dihia dilek dimitra dina divya djamila djenabou djeneba djida
doina dolly dolors dominika domitila donatella donatienne dorcas doreen doris dorota dorothy
dorottya dorra dorthe douaa dounia dragana dubravka dulce dusanka dyhia dzifa ebba ebru ecaterina
ece edeltraud edmee edna edurne edwidge edwige edyta efrat efua egle eileen eilidh eimear einav
eirini elaine elea eleanor elene eleni elfriede eliana eliane elif elin elina eline elisabetta eliza
elizaveta elke ellie elly elnaz elora els elvira elvire elzbieta emanuela emeline emese emilienne
emina emine emmanuelle emna emy encarnacion eniko enola enora enyonam erell erin erna ernestine
ertha erzsebet esenam esperanza esra estela eszter etta eulalia eulalie euphrasie evangelia evelien
eveline evelyn evgenia evghenia evguenia evi evie evika ewa ewelina fabiana fabiola fadila fadwa
faith faiza fanette fanja fara farah fariba farideh fatemeh faten fati fatim fatim-zahra
fatima-ezzahra fatima-zahra fatimata fatime fatma fatna faustine felicia felicie felicity fella
femke feriel fernanda fernande ffion fien fiona fiorella flavia flavie flora florencia florentina
flurina fotini fouzia franca francine francisca franziska frauke frederique freja freya frieda
friederike gabriella gaelle gaetane gail galina galit garazi garbine gayane geeta gemma genowefa
georgiana georgina gerda gertrude ghada ghania ghenima ghizlane ghjulia ghyslaine giada gianna
gilberte gillian ginevra gintare giovana giuseppina gizella gizem gladys gleisi godelieve goedele
gohar golda golshifteh gordana goretti graca graciela grainne grazia graziella grazyna greet
gretchen griet guerda guerlande guerline gulsum gunilla guylaine gwenaelle gwendoline gwendolyn
gwenola gwladys gwyneth habiba habibatou hadas hadiatou hadiza hadizatou hadjer hafsa hagit hailey
haizea hajar hajer hajnalka hakima halima halina halla halyna hamida hana hanadi hanae hanan hanane
hande hanitra hanne hannelore haoua harriet hasmik hasna hasnae hassiba hatice hawa hayat hayet
hazel heather heba hedwig hedwige heike helen helena helle heloise henda hermione hiba hila hilda
hilde hildegard hildegarde hina hind hoda holly honorine houda houria huguette hulya iana ibtissam
iciar ida idoia iekaterina ielena iga ikram ilaria ildiko ileana ilhem iliana ilse ilze iman imane
imen imene imogen ina inaya inbal inbar indah indira ineke inese inge ingeborg inger ingrida
inmaculada inna insaf ioana ioanna ione ioulia irena irini irmgard iryna isabela isaure iseult isla
itziar ivana iveta ivona ivy iwona izabela izaskun jacinta jadwiga jalila jamila jana janice janine
jaqueline jarmila jaroslava jasmina jasmine javiera jaya jayalalithaa jeannine jehane jelena jenna
jenny jihane jimena jitka joana joanne joannie jodie joelle johanne jolanda jolanta jolien josee
josefina josette joumana joy joyce juana judeline judit judy juliane julianne julie-anne jumana
jurate jutta kaarina kaat kadidia kadidiatou kadija kadri kahina kaia kaja kajsa kalliopi kalpana
kalthoum kamila kandia kaoutar kareena karelle karla karola karolien karolina karoline kartini
katalin katarzyna kate katell katerina kateryna katherina kathrin kathy katia katie katja katleen
katrien kattalin katy katya kavita kawtar kayla keira keisha kemi keren kersti kerstin ketevan ketly
kettly khadidja khadijetou khady khaleda khaoula khatia kheira khloe khoudia kiera kimberly kinga
kira kirsten kirsty klara klaudia klavdia klervi kolinda konstantina korka korotoumou kossiwa
kristalina kristel kristen kristi kristien kristina kristyna krisztina krystyna ksenia kseniya kylie
ladina laeticia laia laila laima lakshmi lalao lalie laly lamia lana lara larisa larissa lata latoya
laure-anne lauren laurene laurentine laurette lauriane laurianne laurie laurine lavinia layla leah
leana leane leen leena leire lejla lenaig lene lenka leocadie leonor leonora leonore leontine lesia
lesley letitia letizia leyla libuse licia lidia lieke liesbeth lieselotte lieve lieze liis lila lili
lilia liliane lilibet lilit lilou lily lilya limor linde linnea lioubov lioudmila lise liselotte
lisette lison liudmyla liv livia lizzie ljiljana ljubica loane lore loredana lorene lorenza loretta
lorie lou-anne louane loubna louisette louiza loujain louna luana luce lucette luciana lucila lucile
lucille lucrezia lucy lucyna ludmila luise luiza luminita luna lupita lusine lutgart lya lydia lyna
lynda lyne lynn lynne lyubov maayan mabinty mabrouka macarena madalina maddi maddy madhuri maela
maelie maelle maelys maeva maeve magali magalie maggie maggy maguy maha mahawa mahnaz mahsa maia
maialen maika maily maimouna mairead maissa maite maiwenn maja majda makale malak malala malia
malvina mamata manal mandy manel mara maram marcela marcella marcelle marcelline marcia margareta
margarete margherita margit margrethe margriet margrit mariah mariangela mariatou maribel
marie-agnes marie-alix marie-amelie marie-andree marie-ange marie-anne marie-annick marie-antoinette
marie-armelle marie-astrid marie-aude marie-beatrice marie-benedicte marie-caroline marie-catherine
marie-cecile marie-chantal marie-charlotte marie-claire marie-claude marie-dominique marie-elisabeth
marie-elise marie-emmanuelle marie-eve marie-francoise marie-gabrielle marie-isabelle marie-jeanne
marie-jo marie-jose marie-josee marie-josephe marie-laurence marie-liesse marie-line marie-lise
marie-lou marie-louise marie-luce marie-madeleine marie-marthe marie-michele marie-odile marie-paule
marie-pier marie-reine marie-rose marie-soleil marie-sophie marie-victoire marieke mariela marielle
mariem marieme marietou mariia marija marijke marika marilena marilou marilyn marilyne marisa
mariska marisol marissa marit mariya marja marjane marjorie marketa marleen marlies maroua martha
marwa marylene maryline marylou marzena masoumeh massoumeh matilda maud maude mauricette mayawati
maylis mayra mayssa mbene mechthild meena meera megan megawati meghan melek melina melinda melinee
melissa melusine meral merav merce meriem meritxell mersiha merve meryem meryl mhairi mialy micaela
michaela michaelle mieke mihaela milada milagros milana mildred miley milica mimoza mina minata
minna miora miranda mireia mirella miren miri mirjam mirlande mirlene mirline miroslava mirra
mithali mitra molly mona monia monika montse morag mouna mounia murielle mya mylene myrlande myrto
naama nabintou nadege nadejda nadezhda nadira nadjet nadjia naelle nafi nafissatou nafy nahia nahid
naia naila najla naomi naomie naoual narges nargis narjes narjis nasreen nasrin nassima natalie
nataliya natasa natia natividad nava nawel nazanin naziha nazli ndeye neda nedjma negar neha neila
nejma nekane nele nelly nerea nesma nesrine neus nevenka nezha ngone niamh nicoleta nicoletta nihel
niki nikki niloufar nilufer ninon nirmala nisha nisrine noelia noelie noella noelle noemi noga noha
nolwen noor noro nouara noura nuria nurit oana octavie oihana oleksandra olessia olfa olha olivera
oliwia onja ons oprah oriane orianne orit orla ornella orsolya osnat ottavia ottilie ouafa ouarda
ouardia ouleymatou oulimata oumaima oumayma oumeima oumou oumy ourida oxana ozlem padma paige paivi
paloma pam pamela panagiota paraskevi parisa parvaneh parvati pascaline patrizia patrycja patsy
paule paulina peggy pelagie penda perrine philomene phoebe phyllis pia pierrette pinar pirkko
piroska poko polina polly pooja poppy prisca priscila priscilla priscille priska priti priya
priyanka puja putri rabia rabiaa rachael radha radhia radka radmila raffaella ragnhild rahel rahma
raissa rajaa rajae rakiatou raluca ramata ramatou ramatoulaye ramona randa rania raphaelle raquel
rasha rasmata raymonde rebekah reem reese regine regula rejeanne reka rekha rekia remedios renata
renee retno rhiannon ricarda rigoberta rihab rihanna riikka rim rivka rkia roberte robyn rocio
rodica roisin rokhaya rola rolande rollande romi romy ronit rosalba rosalia rosalind rosalynn
rosangela rosanna rosaria rose-marie rosella rosemarie rosemary rosie rosine rositsa rosmarie
rossella roxana roxane roxanne roya rozenn ruby ruta rym saadia sabiha safaa safia safiatou sagrario
sahar sahra saina sakina sakinatou salamata salamatou saliha salima sally salma salome salwa samah
samaneh samantha samar sanae sanata sandy sania sanja sanna sanne saoirse saoussen sarah-maude saran
sarit sarra saskia satu savitri sawsen scarlett seda selena selene selin selina selma sepideh
seraina serap seraphine servane setareh severine sevgi seynabou sezen shabana shabnam shania shanice
shazia sheila sheryl shilpa shira shiri shirin shirine shirley shobha shona shreya shruti shulamit
shushan sian sibel sidonie sigal sigourney sigrid sigrun siham sihem silke simonetta sinead siobhan
sira siranush sirine sirpa sita siti siv slavica smriti snezana soazig sofie sofiya soheila sokhna
sokona soledad solene solenn solenne soline solveig sona songul sonya sophia soraya sorina souad
souha souhaila soukaina soumaya soumia speciose stacey stanislawa stavroula stefania stefanie steffi
stina suella suha sunita susana susanna sushila sushma susie suzon suzy svenja svetla sviatlana
svitlana swati sylia sylvi sylwia syrine szilvia tafat taissia taklit tali talia tamar tamika tania
tanina tansu taous taraneh tarja taslima tassadit tatyana tenin tereza tess tessa tetiana tetyana
teuta thais thanina thelma theodora thilleli thiziri thouraya tifenn tijana tilelli timea tina
tinatin tine tineke tinhinane tinne tiphaine tiziana tiziri touria tova tove tracey tracy triin
trine trudi trudy tsvetana tsvetelina tulsi tuula typhaine tzipi ulla ulrika ulyana uma ursina
urszula usha ute uxue vaira valentyna valeria vandana vanesa vanina vannina varvara vasiliki veerle
verena verica veronica veronika vesna vibeke vicky victorine vidya vigdis viktorija vilija vilma
vinciane violaine violeta viorica vittoria viviana vjosa vlasta voahangy volana vreni wafa wafae
wahiba waltraud wanda warda wati weronika whitney whoopi wiam widad wided widline wiebke wijdane
wiktoria willemijn willow wilma winifred wislawa xenia ximena xiomara xochitl yaa yaelle yamina
yamna yana yara yaroslava yasemin yasmin yawa yehudit yelena yesenia yevgenia yifat yildiz ylva
yoani yolaine yolanda yolande yolene yolette yordanka yosra youlia yousra ysaline yseult ysoline
yuna yveline yvrose zabel zahia zahira zahra zaina zainab zakia zalissa zarah zarina zdenka zehava
zeinabou zeineb zelie zeljka zemfira zenabo zenabou zendaya zeynep zina zinaida zlata zofia zoia
zora zoraida zorica zoubida zouina zoulikha zoya zsofia zsuzsanna zuzanna zyta
"""

#: Given names borne by men and women alike.
MORE_EPICENE: Final = """
adi aissa alix amit ariel ashley billie casey claudy dana dani dany deniz dian doron drew edem elom
fanomezantsoa fetra gabi gabriele gaby gwen gwenn hasina horia indra jackie jamie janis jessie jessy
joan karen kari kay kelly kiran kris lalaina leslie lindsay lindsey lior loan louison mame
marie-joseph mawunyo naina nasim nicky nicola nika nino nirina nomena nour nusrat sascha sena sename
shai sharon stevie swann tahina tal taylor tiana toni tsiory wendkouni wendyam wissam yacine
"""
