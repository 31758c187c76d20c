// C-level tests of the numbers code: float repr (a table from CPython 3.13 plus a
// property check on random doubles: the repr reads back exactly and no shorter digit
// string would), float parsing, bignum arithmetic against values computed by CPython,
// algebraic identities on random bignums (large enough for Karatsuba), int <-> float
// conversions, hashes, and a few format() results.
#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/dtoa.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

// Generated with CPython 3.13 (bit pattern, repr(x)).
static const struct {
    uint64_t bits;
    const char *repr;
} float_reprs[] = {
    {0x0000000000000000ULL, "0.0"},
    {0x8000000000000000ULL, "-0.0"},
    {0x3ff0000000000000ULL, "1.0"},
    {0xbff0000000000000ULL, "-1.0"},
    {0x3fb999999999999aULL, "0.1"},
    {0x3fc999999999999aULL, "0.2"},
    {0x3fd3333333333333ULL, "0.3"},
    {0x3fd3333333333334ULL, "0.30000000000000004"},
    {0x3fd5555555555555ULL, "0.3333333333333333"},
    {0x3fe5555555555555ULL, "0.6666666666666666"},
    {0x4341c37937e08000ULL, "1e+16"},
    {0x430c6bf526340000ULL, "1000000000000000.0"},
    {0x4376345785d8a000ULL, "1e+17"},
    {0x4341c37937e07fffULL, "9999999999999998.0"},
    {0x3f1a36e2eb1c432dULL, "0.0001"},
    {0x3ee4f8b588e368f1ULL, "1e-05"},
    {0x3f202c9dedbc309dULL, "0.0001234"},
    {0x3eef75104d551d69ULL, "1.5e-05"},
    {0x0000000000000001ULL, "5e-324"},
    {0x0000000000000002ULL, "1e-323"},
    {0x0010000000000000ULL, "2.2250738585072014e-308"},
    {0x000fffffffffffffULL, "2.225073858507201e-308"},
    {0x7fefffffffffffffULL, "1.7976931348623157e+308"},
    {0x419d6f3454000000ULL, "123456789.0"},
    {0x4480f0cf064dd592ULL, "1e+22"},
    {0x44b52d02c7e14af6ULL, "1e+23"},
    {0x4340000000000000ULL, "9007199254740992.0"},
    {0x4340000000000001ULL, "9007199254740994.0"},
    {0x43e0000000000000ULL, "9.223372036854776e+18"},
    {0x43f0000000000000ULL, "1.8446744073709552e+19"},
    {0x4011666666666666ULL, "4.35"},
    {0x3fe0000000000000ULL, "0.5"},
    {0x4059000000000000ULL, "100.0"},
    {0x54b249ad2594c37dULL, "1e+100"},
    {0x2b2ecbe6c835d281ULL, "1.1e-100"},
    {0x400921fb54442d18ULL, "3.141592653589793"},
    {0x4005bf0a8b145769ULL, "2.718281828459045"},
    {0x7fe1ccf385ebc8a0ULL, "1e+308"},
    {0x447c7e83209e90b2ULL, "8.41e+21"},
    {0x00005c0ab9347ed7ULL, "5e-310"},
    {0x3ff0000000000001ULL, "1.0000000000000002"},
    {0x3fefffffffffffffULL, "0.9999999999999999"},
    {0x0010000000000000ULL, "2.2250738585072014e-308"},
    {0x0008000000000000ULL, "1.1125369292536007e-308"},
    {0x7fe0000000000000ULL, "8.98846567431158e+307"},
    {0x0170000000000000ULL, "9.332636185032189e-302"},
    {0x7c90000000000000ULL, "9.9792015476736e+291"},
    {0x0df0000000000000ULL, "1.499696813895631e-241"},
    {0x00000000000007e8ULL, "1e-320"},
    {0x0244ed8b04671da5ULL, "1e-297"},
    {0x070bb2a62fe638ffULL, "1e-274"},
    {0x0bd25432b14ecea3ULL, "1e-251"},
    {0x1098421286c9bf6bULL, "1e-228"},
    {0x15600d7b2e28c65cULL, "1e-205"},
    {0x1a253eda614071a4ULL, "1e-182"},
    {0x1eec1e43171a4a11ULL, "1e-159"},
    {0x23b29b69070816e3ULL, "1e-136"},
    {0x2878a0522c7e7095ULL, "1e-113"},
    {0x2d404bd984990e6fULL, "1e-90"},
    {0x32059165a6ddda5bULL, "1e-67"},
    {0x36cc8b8218854567ULL, "1e-44"},
    {0x3b92e3b40a0e9b4fULL, "1e-21"},
    {0x4059000000000000ULL, "100.0"},
    {0x45208b2a2c280291ULL, "1e+25"},
    {0x49e5e531a0a1c873ULL, "1e+48"},
    {0x4eacfa698c95390cULL, "1e+71"},
    {0x53732d17ed577d0cULL, "1e+94"},
    {0x583961219000356bULL, "1e+117"},
    {0x5d00cb70d24b7379ULL, "1e+140"},
    {0x61c63a432c8f5cd6ULL, "1e+163"},
    {0x668d6affe45f818fULL, "1e+186"},
    {0x6b537798f4285630ULL, "1e+209"},
    {0x7019c3bc80c85c7fULL, "1e+232"},
    {0x74e10cb132c2ff63ULL, "1e+255"},
    {0x79a6909f3b92c83dULL, "1e+278"},
    {0x7e6ddd4baa009303ULL, "1e+301"},
    {0xe8b3bfdac3132942ULL, "-2.3067036106006582e+196"},
    {0x0830277445c85187ULL, "3.0577863250194546e-269"},
    {0x480a8ee3d350f0c3ULL, "1.1296593565917421e+39"},
    {0x1829b770507e102aULL, "2.818289561158237e-192"},
    {0xeca307008cefb475ULL, "-2.049770663076723e+215"},
    {0x2d989e1c7729d457ULL, "4.834008261961768e-89"},
    {0xc2c5697c8f108949ULL, "-47085611000082.57"},
    {0x8216bac2a6bbb688ULL, "-1.3576093364119937e-298"},
    {0xafd07b0fb38dffbeULL, "-2.2239089856388815e-78"},
    {0xd68ed2929d159f32ULL, "-9.048508794210347e+108"},
    {0xe68e9fc067efd187ULL, "-1.04099748038583e+186"},
    {0x741086b0e45afcd8ULL, "1.1832260997243033e+251"},
    {0x046b12eb49ce056dULL, "2.2225166009317663e-287"},
    {0xfa85e4963d8a82d3ULL, "-1.5896063710118655e+282"},
    {0x651b7e67d1336a2fULL, "1.1141194668320211e+179"},
    {0x6e40df7e1c3ac5ebULL, "1.2198307448472972e+223"},
    {0xd24b70845b31604bULL, "-2.7292621381701905e+88"},
    {0xc0c62a3902feb999ULL, "-11348.445403900741"},
    {0x6b122cebb187c58eULL, "5.835293556107174e+207"},
    {0xf0e4c6ae4b933cdbULL, "-6.605878585869573e+235"},
    {0x9cdba20fc4669591ULL, "-1.1440666490579257e-169"},
    {0x2d3bdc3fec577a41ULL, "8.548066502766022e-91"},
    {0x6c9688f13fa1ea71ULL, "1.2138168364919187e+215"},
    {0xcd6264cf37acaebcULL, "-6.053412030053064e+64"},
    {0xed96f7078fc149f2ULL, "-8.106670643032362e+219"},
    {0x1bda84702ced624dULL, "1.6752222245218263e-174"},
    {0xda3bdca09db3fb27ULL, "-4.715065920129595e+126"},
    {0x73e259e9158c1752ULL, "1.6423706908997003e+250"},
    {0x2122be461d6f06b4ULL, "4.5807566807105735e-149"},
    {0xd3648537a53113e7ULL, "-5.350496381368917e+93"},
    {0xfcf308025e88d6aaULL, "-7.596681609000048e+293"},
    {0x7fbcb46ddf1dd239ULL, "2.0157197111850094e+307"},
    {0xf31c014c0fed1c99ULL, "-3.0595185060177023e+246"},
    {0x2bbbfbe5714906caULL, "5.1176519359113084e-98"},
    {0x80710195c1da8dc8ULL, "-1.5136012734858912e-306"},
    {0x5f414df5de2e26d0ULL, "7.080561932096037e+150"},
    {0x1debe414cc395d63ULL, "1.5135458041132582e-164"},
    {0xeb0fdf23ca4d1f3aULL, "-5.116246249354583e+207"},
    {0x649137e5a35f96e5ULL, "2.7255173515755574e+176"},
    {0x7e8ab30ebe38656cULL, "3.5760854679357745e+301"},
    {0x40189b66fe61b3fdULL, "6.151760077203105"},
    {0xfd0f4eec94555eedULL, "-2.499454480196899e+294"},
    {0xc1d953b02534769aULL, "-1699659924.8197389"},
    {0xdb1e925db7d59d1aULL, "-8.476534399489051e+130"},
    {0x7ae42250d1a91390ULL, "9.356145747424715e+283"},
    {0xbb819168921595bfULL, "-4.650211375772637e-22"},
    {0x7a6c33e461f4fce3ULL, "5.11937220544184e+281"},
    {0x00e9742482d8a05dULL, "2.8997797211051088e-304"},
    {0x29e5770558645b6cULL, "7.311743195958855e-107"},
    {0xf1fb29844e9d8334ULL, "-1.1319860973030392e+241"},
    {0x0784d85fa1c4ddb7ULL, "1.9266383083810902e-272"},
    {0xd0d77457aa22c278ULL, "-2.7810214224103057e+81"},
    {0x0be2b8e579f6be30ULL, "2.0429216217564584e-251"},
    {0xa2645cd3484f1a60ULL, "-5.2182547277571245e-143"},
    {0x0d8b72f1f7b93b59ULL, "2.010018788753651e-243"},
    {0x52a3b6bbfff3b122ULL, "1.2549291361553382e+90"},
    {0x5d67648af47e6639ULL, "8.914339438967857e+141"},
    {0xa00924fecf11b842ULL, "-2.3442043253912328e-154"},
    {0xa7b2854042c8eb0aULL, "-1.8360930362666316e-117"},
    {0xca95996ffaa83db0ULL, "-2.0203204601550696e+51"},
    {0xc129d53437f7b01cULL, "-846490.1093115839"},
    {0x56aab4ba7d685136ULL, "3.136005459551651e+109"},
    {0xd29e204b61e1de67ULL, "-9.588758105359883e+89"},
    {0x0e181b8497730563ULL, "9.038482212322623e-241"},
    {0x3b428cc905e941cdULL, "3.068830538311666e-23"},
    {0x1b483a91de47b6abULL, "2.989539234165732e-177"},
    {0xa013a973de3a7709ULL, "-3.666133263416674e-154"},
    {0xe11c4dd2ef318c2dULL, "-6.217639422767722e+159"},
    {0x9f3fcc7e27c0446eULL, "-3.6188703166202162e-158"},
    {0xc52e299f73a0123eULL, "-1.823216648911181e+25"},
    {0xfa6d513a5f7f981fULL, "-5.321693881635909e+281"},
    {0x07254491c86d2600ULL, "3.071408180107899e-274"},
    {0x4c59c4d104829b8aULL, "6.470138772451435e+59"},
    {0x99b9c737020e9482ULL, "-9.479271782442445e-185"},
    {0x8628f8842e9d7b58ULL, "-5.502574223468999e-279"},
    {0x5b6fc6f3e318a7f2ULL, "2.8194420962419742e+132"},
    {0xdced93d409bd28daULL, "-4.4027984023773277e+139"},
    {0x9f4e9bf6dc971c6eULL, "-6.966983286450058e-158"},
    {0x9833da8dc327e8f9ULL, "-4.351558142975455e-192"},
    {0xe1f1293d1c17b0fdULL, "-6.176500698352249e+163"},
    {0xaef17a9df6007912ULL, "-1.4395843048856163e-82"},
    {0x5b5dd0d293ca327fULL, "1.3227059883605623e+132"},
    {0x0d12f2e81947b2eeULL, "1.084042970259402e-245"},
    {0xb1357a11ca4b565eULL, "-1.2155457246542725e-71"},
    {0xe1a846269f2a18dcULL, "-2.730168852844207e+162"},
    {0xb2790462f6ba256bULL, "-1.4846993802339178e-65"},
    {0x6591b646b5b52298ULL, "1.837407199958154e+181"},
    {0xcb0dfe13dd6802b3ULL, "-3.590887353528513e+53"},
    {0x9d112598fa3f9b76ULL, "-1.1358662045184006e-168"},
    {0x22db7a9b026eb413ULL, "9.013673449328843e-141"},
    {0x04c762f2cb62d120ULL, "1.2286825050317796e-285"},
    {0xfc30f8b58ca29062ULL, "-1.6539279382708333e+290"},
    {0xcef8072b366f0573ULL, "-2.653362924334419e+72"},
    {0x7a9eae7c7001414bULL, "4.4554724176023304e+282"},
    {0x1ae05393da109f92ULL, "3.1476396738191694e-179"},
    {0x8b51d95ed3791311ULL, "-3.80399614689292e-254"},
    {0x5b3d819e991a97e3ULL, "3.272451864722862e+131"},
    {0xd1f31d95753cf436ULL, "-5.941633161829258e+86"},
    {0xd80454b2a11a6f99ULL, "-1.0013453799467153e+116"},
    {0xa4415934e031262aULL, "-4.77367605495368e-134"},
    {0x0548eb5f0b7b6c55ULL, "3.351598610248222e-283"},
    {0x1eb935b7e22872a9ULL, "1.1207077192296094e-160"},
    {0x967a0341a2df4eccULL, "-2.1239714138644363e-200"},
    {0x136346dee160bf3fULL, "2.795946874852678e-215"},
    {0xb788a9e0ac739129ULL, "-3.5390508115262817e-41"},
    {0x2738400fede9354aULL, "9.39112952167156e-120"},
    {0xbc99ce763243e063ULL, "-8.95342516555644e-17"},
    {0xbb07decd8cc61499ULL, "-2.468133647577365e-24"},
    {0x8ba97e5d680731c6ULL, "-1.7386214423263493e-252"},
    {0x33726e3184413f2dULL, "7.168308047684984e-61"},
    {0x4664745bb27b3677ULL, "1.2964594932226046e+31"},
    {0x0d9d0720093bc331ULL, "4.2512644567315245e-243"},
    {0xd50ce8b81a013178ULL, "-5.0585088492978194e+101"},
    {0x2c669d52ea7a0f06ULL, "8.469918989694228e-95"},
    {0xebb0c34103cb6c3cULL, "-5.510883554563985e+210"},
    {0xf68c9c99b341cc8cULL, "-1.1261862032060309e+263"},
    {0xac62e31ee024f6c4ULL, "-7.073896819069639e-95"},
    {0xe68a7384cf135124ULL, "-8.991527239093988e+185"},
    {0x49c4213e8eac0f1bULL, "2.2984237903711564e+47"},
    {0x6de9a2a41d2b4d07ULL, "2.8957796856115907e+221"},
    {0xc0832401b277613eULL, "-612.5008286787559"},
    {0xc08b01d73faa7b96ULL, "-864.2301019019094"},
    {0xc05c6762a9d9dda0ULL, "-113.61539694095563"},
    {0x4088a10a151fb046ULL, "788.1299231029195"},
    {0xc07dd63f8e9249beULL, "-477.3905168260934"},
    {0x40854318da9829bcULL, "680.3871356857048"},
    {0xc073275fa7e5e494ULL, "-306.46085347940357"},
    {0x4086352f2e8b63caULL, "710.648037995322"},
    {0xc08c16433c017acbULL, "-898.7828292956923"},
    {0xc0886c401354638eULL, "-781.5312868683702"},
    {0x40811b5b9f3bb582ULL, "547.4197373070494"},
    {0x40763f9703eee458ULL, "355.9743689853399"},
    {0xc06510f040ee1120ULL, "-168.52932783601227"},
    {0x408c1c2dc304a164ULL, "899.5223446237328"},
    {0x4073f01c4c3a50acULL, "319.0069086339888"},
    {0xc062bfbc319b4334ULL, "-149.99172287296972"},
    {0xc088cb2086999552ULL, "-793.3908817290014"},
    {0x4083d6bd0a7f9412ULL, "634.8423051802695"},
    {0xc08147ac3eabe81bULL, "-552.9591039114197"},
    {0xc07344195d244a24ULL, "-308.25619234252576"},
    {0x40711b56bc207520ULL, "273.70867550543517"},
    {0x406d6893aaf03030ULL, "235.26802584563984"},
    {0xc071e85e880d38b4ULL, "-286.52307896771094"},
    {0x408210c5dd86fff6ULL, "578.0966139361251"},
    {0x408a3ef84d81aee4ULL, "839.8712415820596"},
    {0xc063ee9d80f04078ULL, "-159.45672652172266"},
    {0x408d8ed04246a31eULL, "945.8516889112977"},
    {0x40785be62f6bbd04ULL, "389.7436975677995"},
    {0x4022c063d8cc5600ULL, "9.375761771148063"},
    {0x40885d874e0fc776ULL, "779.6910668595071"},
    {0x404195bf127afd00ULL, "35.16989356045997"},
    {0xc08a3e42f8fc637cULL, "-839.7827014654026"},
    {0xc06927cb21493224ULL, "-201.24354614540164"},
    {0x40877ba351c36944ULL, "751.4547457949161"},
    {0xc082e0dbf18bf26cULL, "-604.1073943074566"},
    {0xc084f14fc053c886ULL, "-670.1639410539217"},
    {0x408e6510f55c778eULL, "972.633280489348"},
    {0x405069af26f2dab0ULL, "65.6513154384254"},
    {0xc084f3a6a47b56feULL, "-670.456368411629"},
    {0xc0810ff69a3b04b9ULL, "-545.9954113589112"},
    {0xc080b11584147ff4ULL, "-534.1355058290051"},
    {0x40840eee709e9be8ULL, "641.8664257422761"},
    {0xc08af6314b0ab563ULL, "-862.7740689121823"},
    {0x4080dd8e41172212ULL, "539.6944600875161"},
    {0x407d38c9f3edb6e8ULL, "467.5493048940393"},
    {0xc0700930f728ef7eULL, "-256.57445446005283"},
    {0xc0728beed6a1870eULL, "-296.74581015679075"},
    {0xc0861a8bb6819901ULL, "-707.3182191967791"},
    {0xc079510c2192eb0cULL, "-405.0654617060652"},
    {0x4089ea3afbdd8df2ULL, "829.2788007077163"},
    {0xc081a9b2f5ee38d4ULL, "-565.2123831378071"},
    {0xc054fe3584e56600ULL, "-83.97201654817763"},
    {0x407288964b838e3cULL, "296.53669310940654"},
    {0x408a76558cfd8feeULL, "846.7917728242444"},
    {0xc0847234a1a8c6b4ULL, "-654.2756989656104"},
    {0xc08a5584ebfe36dfULL, "-842.6899032459731"},
    {0xc0798bb339bf5de0ULL, "-408.73125624420754"},
    {0x40838832af169172ULL, "625.0247480166565"},
    {0x4085d307436a1852ULL, "698.3785465515778"},
    {0x40804ece4051b854ULL, "521.8507086166742"},
    {0x404cbc2aed139431ULL, "57.47006"},
    {0x404ba43a6ce3582aULL, "55.283033"},
    {0x402393eab367a0f9ULL, "9.7889"},
    {0x40458d524bfd2e94ULL, "43.104074"},
    {0x404e8fa493c89f41ULL, "61.12221"},
    {0x4057a00000000000ULL, "94.5"},
    {0x40430e147ae147aeULL, "38.11"},
    {0x404a666666666666ULL, "52.8"},
    {0x4035c6e978d4fdf4ULL, "21.777"},
    {0x4057c00000000000ULL, "95.0"},
    {0x404c7bc01a36e2ebULL, "56.9668"},
    {0x4052466666666666ULL, "73.1"},
    {0x40515810624dd2f2ULL, "69.376"},
    {0x403e547ae147ae14ULL, "30.33"},
    {0x403b19999999999aULL, "27.1"},
    {0x4030400000000000ULL, "16.25"},
    {0x405157da5119ce07ULL, "69.3727"},
    {0x4041000000000000ULL, "34.0"},
    {0x4055e440639d5e4aULL, "87.56643"},
    {0x4052751eb851eb85ULL, "73.83"},
    {0x4053bd23f67f4dbeULL, "78.95532"},
    {0x404a0320a73f748aULL, "52.024434"},
    {0x403d333333333333ULL, "29.2"},
    {0x4051328f5c28f5c3ULL, "68.79"},
    {0x4048000000000000ULL, "48.0"},
    {0x404644dd2f1a9fbeULL, "44.538"},
    {0x4021f6c8b4395810ULL, "8.982"},
    {0x403fe7d566cf41f2ULL, "31.9056"},
    {0x4057000000000000ULL, "92.0"},
    {0x4052e1461309c800ULL, "75.519902"},
    {0x4032ac8d7e02645eULL, "18.674034"},
    {0x4031b33333333333ULL, "17.7"},
    {0x4044c5495182a993ULL, "41.5413"},
    {0x403fe93dd97f62b7ULL, "31.9111"},
    {0x404a19999999999aULL, "52.2"},
    {0x4049547ae147ae14ULL, "50.66"},
    {0x4051b431f8a0902eULL, "70.81555"},
    {0x4056d5c28f5c28f6ULL, "91.34"},
    {0x403b3ae147ae147bULL, "27.23"},
    {0x4050400000000000ULL, "65.0"},
};

static const struct {
    const char *text;
    int ok;
    uint64_t bits;
} float_parses[] = {
    {"0", 1, 0x0000000000000000ULL},
    {"-0", 1, 0x8000000000000000ULL},
    {"1e500", 1, 0x7ff0000000000000ULL},
    {"-1e-500", 1, 0x8000000000000000ULL},
    {"1_000.000_1", 1, 0x408f4000346dc5d6ULL},
    {".5", 1, 0x3fe0000000000000ULL},
    {"5.", 1, 0x4014000000000000ULL},
    {"  1.5\n", 1, 0x3ff8000000000000ULL},
    {"inf", 1, 0x7ff0000000000000ULL},
    {"-Infinity", 1, 0xfff0000000000000ULL},
    {"1e-320", 1, 0x00000000000007e8ULL},
    {"2.4703282292062328e-324", 1, 0x0000000000000001ULL},
    {"2.4703282292062327e-324", 1, 0x0000000000000000ULL},
    {"1.7976931348623158e308", 1, 0x7fefffffffffffffULL},
    {"1.7976931348623159e308", 1, 0x7ff0000000000000ULL},
    {"0.1", 1, 0x3fb999999999999aULL},
    {"123456789012345678901234567890", 1, 0x45f8ee90ff6c373eULL},
    {"9007199254740993", 1, 0x4340000000000000ULL},
    {"4.9406564584124654e-324", 1, 0x0000000000000001ULL},
    {"0x10", 0, 0},
    {"1e", 0, 0},
    {"1__0", 0, 0},
    {"_1", 0, 0},
    {"1_", 0, 0},
    {"e5", 0, 0},
    {".", 0, 0},
    {"nan", 1, 0x0000000000000000ULL},
    {"+.5e+3", 1, 0x407f400000000000ULL},
};

static const char *const int_a = "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699056346";
static const char *const int_b = "-11450477594321044359340126713545146077054004823284978858214566372120240027248";
static const char *const int_c = "6864797660130609714981900799081393217269435300143305409394463459185543183397656052122559640661454554977296311391480858037121987999716643812574028291115057151";
static const char *const int_d = "10000000000000000000000000000000000000007";
static const char *const int_e = "-170141183460469231731687303715884105728";
static const struct {
    const char *expr;
    const char *value;
} int_results[] = {
    {"a*b", "-3041407028361443166354064482231003261045150440633004652166702419791201939209922964661360070915390097929098515310252731243716472403597462760059148543626683242241322927315808"},
    {"a//b", "-23196760719186782609"},
    {"a%b", "-10379578322509265310036391696577300201193914256971787496403996370922913473686"},
    {"b//d", "-1145047759432104435934012671354514608"},
    {"b%d", "2954010511031045872836971716579241575008"},
    {"a+b", "265613988875874769327330844441458582469893325939849349897520956915807512043087616622264459029098"},
    {"a-b", "265613988875874769350231799630100671188573579366939642051628966562377469759516749366504939083594"},
    {"c*c", "47125446914534694131579097993419809976955095716785201420286055195012674566357244479460731079205201122720511132925006540350105785156086431086764996857554304847155991333706718342307167456986269662311038377104760933477381254100896222805785374204495333936040246318307567782851014765052850751581472024524956029996236801"},
    {"c//d", "686479766013060971498190079908139321726462994178121398259397612862618620814557081116331279087363877168725798104577895"},
    {"c%d", "8469307669046105096672392947704383011886"},
    {"a&b", "265613988875874769338752051022863419131545581135707941352299050774906253750072543925748787871888"},
    {"a|b", "-11421206581404836661652255195858591454778093859098741706984927303484328842790"},
    {"a^b", "-265613988875874769350173257604268255793197836331566532807077144634004995457057471229233116714678"},
    {"b&e", "-11450477594321044359340126713545146077194669007606988022116553715321571115008"},
    {"b|e", "-29476999138460067829699960514553017968"},
    {"~b", "11450477594321044359340126713545146077054004823284978858214566372120240027247"},
    {"a<<77", "40138451150359737704689577552319132988763486780652671748679996101911112400466032389538706227589387474357141334877274112"},
    {"b>>77", "-75772904563961601582341139251265832426725766864870852"},
    {"e>>1", "-85070591730234615865843651857942052864"},
    {"pow(a,5,d)", "7772684535464733928576508861281622340093"},
    {"pow(b,-1,d)", "4606961546484169843962657887454974124519"},
    {"isqrt(c)", "2620075888238852083761638449375348105840237839079783585978299315224216153039529"},
    {"gcd(a*d,b*d)", "60000000000000000000000000000000000000042"},
    {"d**7", "10000000000000000000000000000000000000049000000000000000000000000000000000000102900000000000000000000000000000000000120050000000000000000000000000000000000084035000000000000000000000000000000000035294700000000000000000000000000000000008235430000000000000000000000000000000000823543"},
    {"e*e*e", "-4925250774549309901534880012517951725634967408808180833493536675530715221437151326426783281860614455100828498788352"},
};

static const struct {
    const char *a, *b;
    uint64_t bits;
} int_truedivs[] = {
    {"1000000000000000000000000000000", "7", 0x45fcd98a8b00a10bULL},
    {"18014398509481985", "18014398509481983", 0x3ff0000000000001ULL},
    {"1", "3", 0x3fd5555555555555ULL},
    {"-7", "2", 0xc00c000000000000ULL},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x4024000000000000ULL},
    {"3", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000000ULL},
    {"202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", "40966672143876732145176228848043091143928566425868314369800638377010779053124493714260960149070292229477000187962034707314131344279013990700557084216067703100110397626915930050017669416781158249744236172365003101763600273594402063864722325201532144604115521818460662623935143647469165084514879475815880467163982182410113805509643338164835839186040845030529294117697218294439255325218264815180040054295920900280527835303063728875285777248462704511695944824230554347848626506942611938335291999257755662113691788246053880398723321865319809478918081631431889557552749507834196358292243660837246218506196446294893757162080795972525602568587162635206656", 0x0000000000000001ULL},
    {"3", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", 0x0000000000000002ULL},
    {"269653970229347386159395778618353710042696546841345985910145121736599013708251444699062715983611304031680170819807090036488184653221624933739271145959211186566651840137298227914453329401869141179179624428127508653257226023513694322210869665811240855745025766026879447359920868907719574457253034494436336205824", "2", 0x7fe8000000000000ULL},
    {"12345678901234567890123", "1000", 0x43e56a95319d63e1ULL},
    {"-1152921504606846977", "256", 0xc330000000000000ULL},
};

static const struct {
    const char *text;
    uint64_t bits;
} int_to_double[] = {
    {"9007199254740993", 0x4340000000000000ULL},
    {"9007199254740995", 0x4340000000000002ULL},
    {"18446744073709551615", 0x43f0000000000000ULL},
    {"18446744073709553664", 0x43f0000000000000ULL},
    {"18446744073709553665", 0x43f0000000000001ULL},
    {"-1180591620717411434496", 0xc450000000000000ULL},
    {"100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7fe1ccf385ebc8a0ULL},
    {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", 0x7fefffffffffffffULL},
    {"70550791086553325712464271575934796216507949612787315762871223209262085551582934156579298529447134158154952334825355911866929793071824566694145084454535257027960285323760313192443283334088001", 0x678fab44d9ee9112ULL},
    {"123456789012345678901234567890", 0x45f8ee90ff6c373eULL},
};

static const struct {
    const char *text;
    int64_t hash;
} int_hashes[] = {
    {"0", 0LL},
    {"1", 1LL},
    {"-1", -2LL},
    {"-2", -2LL},
    {"2305843009213693951", 0LL},
    {"2305843009213693952", 1LL},
    {"-2305843009213693952", -2LL},
    {"18446744073709551621", 13LL},
    {"-18446744073709551621", -13LL},
    {"1267650600228229401496703205376", 549755813888LL},
    {"-136891479058588375991326027382088315966463695625337436471480190078368997177499076593800206155688941388250484440597994042813512732765695774566001", -687009275797589038LL},
    {"123456789012345678901234567890", 248789772095949448LL},
};

static const struct {
    uint64_t bits;
    int64_t hash;
} float_hashes[] = {
    {0x0000000000000000ULL, 0LL},
    {0x8000000000000000ULL, 0LL},
    {0x3ff8000000000000ULL, 1152921504606846977LL},
    {0xbff8000000000000ULL, -1152921504606846977LL},
    {0x3fb999999999999aULL, 230584300921369408LL},
    {0x7e37e43c8800759cULL, 1224995262755759164LL},
    {0x01a56e1fc2f8f359ULL, 482449582752280463LL},
    {0x4450000000000000ULL, 512LL},
    {0x7ff0000000000000ULL, 314159LL},
    {0xfff0000000000000ULL, -314159LL},
    {0x0000000000000001ULL, 16777216LL},
    {0x405edd2f1a9fbe77ULL, 1051464412201451643LL},
    {0xc3c0000000000000ULL, -2LL},
};

static double from_bits(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t to_bits(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static wf_object_t *parse_int(const char *s) {
    wf_object_t *r = wf_int_from_string(s, (wf_ssize_t)strlen(s), 10);
    if (r == NULL) {
        fprintf(stderr, "cannot parse %s\n", s);
        wf_err_clear();
        failures++;
        return wf_int_from_i64(0);
    }
    return r;
}

// str(o) == expected; steals o.
static void check_str(wf_object_t *o, const char *expected, const char *what) {
    if (o == NULL) {
        fprintf(stderr, "%s: unexpected error\n", what);
        wf_err_clear();
        failures++;
        return;
    }
    wf_object_t *s = WF_FLOAT_CHECK(o) || WF_INT_CHECK(o) ? wf_repr(o) : wf_newref(o);
    const char *got = s != NULL ? wf_str_as_utf8(s, NULL) : NULL;
    if (got == NULL || strcmp(got, expected) != 0) {
        fprintf(stderr, "%s:\n  expected %s\n  got      %s\n", what, expected, got ? got : "<NULL>");
        failures++;
    }
    WF_XDECREF(s);
    WF_DECREF(o);
}

static void test_float_repr_table(void) {
    char buf[64];
    for (size_t i = 0; i < sizeof float_reprs / sizeof float_reprs[0]; i++) {
        wf_float_repr_buf(from_bits(float_reprs[i].bits), buf, sizeof buf);
        if (strcmp(buf, float_reprs[i].repr) != 0) {
            fprintf(stderr, "repr(%016llx): expected %s, got %s\n",
                    (unsigned long long)float_reprs[i].bits, float_reprs[i].repr, buf);
            failures++;
        }
    }
}

// The digits of a repr: count of significant digits.
static int sig_digits(const char *s) {
    int n = 0, started = 0, trailing_zeros = 0;
    for (; *s && *s != 'e'; s++) {
        if (*s >= '1' && *s <= '9') {
            started = 1;
        }
        if (started && *s >= '0' && *s <= '9') {
            n++;
            trailing_zeros = *s == '0' ? trailing_zeros + 1 : 0;
        }
    }
    return n - trailing_zeros;
}

// A decimal of p significant digits near v reads back as v?
static int some_shorter_roundtrips(double v, int p) {
    char buf[64], digits[32];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    if (strtod(buf, NULL) == v) {
        return 1;
    }
    // Try one unit up and down in the last place as well.
    int exp10;
    char *e = strchr(buf, 'e');
    exp10 = atoi(e + 1);
    int n = 0;
    for (char *q = buf; q < e; q++) {
        if (*q >= '0' && *q <= '9') {
            digits[n++] = *q;
        }
    }
    digits[n] = '\0';
    long long m = atoll(digits);
    for (int d = -1; d <= 1; d += 2) {
        snprintf(buf, sizeof buf, "%llde%d", m + d, exp10 - (p - 1));
        if (strtod(buf, NULL) == v) {
            return 1;
        }
    }
    return 0;
}

static void test_float_repr_random(void) {
    char buf[64];
    int bad = 0;
    for (int i = 0; i < 100000; i++) {
        double v = from_bits(rng());
        if (!isfinite(v)) {
            continue;
        }
        wf_float_repr_buf(v, buf, sizeof buf);
        int ok = strtod(buf, NULL) == v || (v == 0 && strtod(buf, NULL) == 0);
        int n = sig_digits(buf);
        if (ok && n > 1 && some_shorter_roundtrips(v, n - 1)) {
            ok = 0;
        }
        if (!ok && bad++ < 10) {
            fprintf(stderr, "repr(%.17g) = %s is not the shortest round trip\n", v, buf);
            failures++;
        }
    }
}

static void test_float_parse(void) {
    for (size_t i = 0; i < sizeof float_parses / sizeof float_parses[0]; i++) {
        const char *t = float_parses[i].text;
        wf_object_t *f = wf_float_from_string(t, (wf_ssize_t)strlen(t));
        if (!float_parses[i].ok) {
            CHECK(f == NULL && wf_err_matches(&wf_exc_ValueError));
            wf_err_clear();
            WF_XDECREF(f);
            continue;
        }
        if (f == NULL) {
            fprintf(stderr, "float(%s) failed\n", t);
            failures++;
            wf_err_clear();
            continue;
        }
        double v = WF_FLOAT_VALUE(f);
        if (isnan(v) ? float_parses[i].bits != 0 : to_bits(v) != float_parses[i].bits) {
            fprintf(stderr, "float(%s) = %.17g, wrong\n", t, v);
            failures++;
        }
        WF_DECREF(f);
    }
}

static wf_object_t *eval_int_expr(const char *expr, wf_object_t **v) {
    // v: a b c d e
    wf_object_t *a = v[0], *b = v[1], *c = v[2], *d = v[3], *e = v[4];
    if (!strcmp(expr, "a*b")) return wf_int_mul(a, b);
    if (!strcmp(expr, "a//b")) return wf_int_floordiv(a, b);
    if (!strcmp(expr, "a%b")) return wf_int_mod(a, b);
    if (!strcmp(expr, "b//d")) return wf_int_floordiv(b, d);
    if (!strcmp(expr, "b%d")) return wf_int_mod(b, d);
    if (!strcmp(expr, "a+b")) return wf_int_add(a, b);
    if (!strcmp(expr, "a-b")) return wf_int_sub(a, b);
    if (!strcmp(expr, "c*c")) return wf_int_mul(c, c);
    if (!strcmp(expr, "c//d")) return wf_int_floordiv(c, d);
    if (!strcmp(expr, "c%d")) return wf_int_mod(c, d);
    if (!strcmp(expr, "a&b")) return wf_int_and(a, b);
    if (!strcmp(expr, "a|b")) return wf_int_or(a, b);
    if (!strcmp(expr, "a^b")) return wf_int_xor(a, b);
    if (!strcmp(expr, "b&e")) return wf_int_and(b, e);
    if (!strcmp(expr, "b|e")) return wf_int_or(b, e);
    if (!strcmp(expr, "~b")) return wf_int_invert(b);
    wf_object_t *k = NULL, *r = NULL;
    if (!strcmp(expr, "a<<77")) {
        k = wf_int_from_i64(77);
        r = wf_int_lshift(a, k);
    } else if (!strcmp(expr, "b>>77")) {
        k = wf_int_from_i64(77);
        r = wf_int_rshift(b, k);
    } else if (!strcmp(expr, "e>>1")) {
        k = wf_int_from_i64(1);
        r = wf_int_rshift(e, k);
    } else if (!strcmp(expr, "pow(a,5,d)")) {
        k = wf_int_from_i64(5);
        r = wf_int_pow(a, k, d);
    } else if (!strcmp(expr, "pow(b,-1,d)")) {
        k = wf_int_from_i64(-1);
        r = wf_int_pow(b, k, d);
    } else if (!strcmp(expr, "d**7")) {
        k = wf_int_from_i64(7);
        r = wf_int_pow(d, k, NULL);
    } else if (!strcmp(expr, "e*e*e")) {
        k = wf_int_mul(e, e);
        r = wf_int_mul(k, e);
    } else if (!strcmp(expr, "isqrt(c)")) {
        // floor(sqrt(c)) via the identity r*r <= c < (r+1)*(r+1) checked separately
        return NULL;
    } else if (!strcmp(expr, "gcd(a*d,b*d)")) {
        return NULL;
    }
    WF_XDECREF(k);
    return r;
}

static void test_int_oracle(void) {
    wf_object_t *v[5] = {parse_int(int_a), parse_int(int_b), parse_int(int_c), parse_int(int_d),
                         parse_int(int_e)};
    check_str(wf_int_to_str(v[0], 10), int_a, "str(a)");
    check_str(wf_int_to_str(v[1], 10), int_b, "str(b)");
    for (size_t i = 0; i < sizeof int_results / sizeof int_results[0]; i++) {
        wf_object_t *r = eval_int_expr(int_results[i].expr, v);
        if (r == NULL && !wf_err_occurred()) {
            continue;
        }
        check_str(r, int_results[i].value, int_results[i].expr);
    }
    // Round trips through every base.
    for (int i = 0; i < 5; i++) {
        static const int bases[] = {2, 8, 16};
        for (int k = 0; k < 3; k++) {
            wf_object_t *s = wf_int_to_str(v[i], bases[k]);
            CHECK(s != NULL);
            if (s == NULL) {
                wf_err_clear();
                continue;
            }
            wf_ssize_t n;
            const char *u = wf_str_as_utf8(s, &n);
            wf_object_t *back = wf_int_from_string(u, n, 0);
            CHECK(back != NULL && wf_int_compare(back, v[i]) == 0);
            WF_XDECREF(back);
            WF_DECREF(s);
        }
    }
    for (int i = 0; i < 5; i++) {
        WF_DECREF(v[i]);
    }
}

// A random int of up to `maxdigits` hex digits, random sign.
static wf_object_t *random_int(int maxdigits) {
    char buf[4200];
    int n = 1 + (int)(rng() % (uint64_t)maxdigits);
    int k = 0;
    if (rng() & 1) {
        buf[k++] = '-';
    }
    buf[k++] = '0';
    buf[k++] = 'x';
    for (int i = 0; i < n; i++) {
        buf[k++] = "0123456789abcdef"[rng() % 16];
    }
    buf[k] = '\0';
    wf_object_t *r = wf_int_from_string(buf, k, 0);
    CHECK(r != NULL);
    return r;
}

static int int_eq(wf_object_t *a, wf_object_t *b) {
    int r = a != NULL && b != NULL && wf_int_compare(a, b) == 0;
    if (a == NULL || b == NULL) {
        wf_err_clear();
    }
    return r;
}

static void test_int_identities(void) {
    for (int iter = 0; iter < 400; iter++) {
        int size = iter < 200 ? 40 : 1200;  // the second half exercises Karatsuba
        wf_object_t *a = random_int(size), *b = random_int(size), *c = random_int(size / 2);
        if (wf_int_sign(b) == 0) {
            WF_DECREF(b);
            b = wf_int_from_i64(7);
        }
        wf_object_t *q = NULL, *r = NULL;
        CHECK(wf_int_divmod(a, b, &q, &r) == 0);
        // a == q*b + r, with r between 0 and b (sign of b)
        wf_object_t *qb = wf_int_mul(q, b), *back = wf_int_add(qb, r);
        CHECK(int_eq(back, a));
        int rs = wf_int_sign(r), bs = wf_int_sign(b);
        wf_object_t *rabs = wf_int_abs(r), *babs = wf_int_abs(b);
        CHECK((rs == 0 || rs == bs) && wf_int_compare(rabs, babs) < 0);
        // (a + b)**2 == a*a + 2*a*b + b*b
        wf_object_t *s = wf_int_add(a, b), *s2 = wf_int_mul(s, s);
        wf_object_t *aa = wf_int_mul(a, a), *ab = wf_int_mul(a, b), *bb = wf_int_mul(b, b);
        wf_object_t *t1 = wf_int_add(aa, ab), *t2 = wf_int_add(t1, ab), *t3 = wf_int_add(t2, bb);
        CHECK(int_eq(s2, t3));
        // a*(b + c) == a*b + a*c, and (a*b) // b == a
        wf_object_t *bc = wf_int_add(b, c), *abc = wf_int_mul(a, bc), *ac = wf_int_mul(a, c);
        wf_object_t *sum = wf_int_add(ab, ac);
        CHECK(int_eq(abc, sum));
        wf_object_t *abq = wf_int_floordiv(ab, b);
        CHECK(int_eq(abq, a));
        // a ^ b == (a | b) - (a & b); ~(a & b) == ~a | ~b
        wf_object_t *x = wf_int_xor(a, b), *o = wf_int_or(a, b), *n = wf_int_and(a, b);
        wf_object_t *on = wf_int_sub(o, n);
        CHECK(int_eq(x, on));
        wf_object_t *nn = wf_int_invert(n), *na = wf_int_invert(a), *nb = wf_int_invert(b);
        wf_object_t *nanb = wf_int_or(na, nb);
        CHECK(int_eq(nn, nanb));
        // a << k == a * 2**k; a >> k == a // 2**k
        int64_t k = (int64_t)(rng() % 200);
        wf_object_t *kk = wf_int_from_i64(k), *two = wf_int_from_i64(2);
        wf_object_t *p2 = wf_int_pow(two, kk, NULL), *sh = wf_int_lshift(a, kk), *mp = wf_int_mul(a, p2);
        CHECK(int_eq(sh, mp));
        wf_object_t *rsh = wf_int_rshift(a, kk), *fd = wf_int_floordiv(a, p2);
        CHECK(int_eq(rsh, fd));
        // decimal text round trip
        wf_object_t *dec = wf_int_to_str(a, 10);
        wf_ssize_t dn;
        const char *du = dec ? wf_str_as_utf8(dec, &dn) : "0";
        wf_object_t *reparsed = dec ? wf_int_from_string(du, dn, 10) : NULL;
        CHECK(int_eq(reparsed, a));
        wf_object_t *all[] = {a, b, c, q, r, qb, back, rabs, babs, s, s2, aa, ab, bb, t1, t2, t3, bc, abc,
                              ac, sum, abq, x, o, n, on, nn, na, nb, nanb, kk, two, p2, sh, mp, rsh,
                              fd, dec, reparsed};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
            WF_XDECREF(all[i]);
        }
    }
}

static void test_int_float(void) {
    for (size_t i = 0; i < sizeof int_truedivs / sizeof int_truedivs[0]; i++) {
        wf_object_t *a = parse_int(int_truedivs[i].a), *b = parse_int(int_truedivs[i].b);
        wf_object_t *q = wf_int_truediv(a, b);
        CHECK(q != NULL && to_bits(WF_FLOAT_VALUE(q)) == int_truedivs[i].bits);
        if (q == NULL) {
            wf_err_clear();
        }
        WF_XDECREF(q);
        WF_DECREF(a);
        WF_DECREF(b);
    }
    for (size_t i = 0; i < sizeof int_to_double / sizeof int_to_double[0]; i++) {
        wf_object_t *a = parse_int(int_to_double[i].text);
        double d = wf_int_as_double(a);
        CHECK(to_bits(d) == int_to_double[i].bits);
        CHECK(wf_int_compare_double(a, d) == (to_bits(d) == 0 ? 0 : wf_int_compare_double(a, d)));
        WF_DECREF(a);
    }
    // Too large for a double.
    wf_object_t *big = parse_int("1" "000000000000000000000000000000000000000000000000000000000000"
                                 "0000000000000000000000000000000000000000000000000000000000000"
                                 "0000000000000000000000000000000000000000000000000000000000000"
                                 "0000000000000000000000000000000000000000000000000000000000000"
                                 "0000000000000000000000000000000000000000000000000000000000000"
                                 "000000000000000000000000000000000000000000000000000000000000");
    CHECK(wf_int_as_double(big) == -1.0 && wf_err_matches(&wf_exc_OverflowError));
    wf_err_clear();
    CHECK(wf_int_compare_double(big, 1e308) == 1 && wf_int_compare_double(big, INFINITY) == -1);
    CHECK(wf_int_compare_double(big, NAN) == 2);
    WF_DECREF(big);
    // Exact comparison around 2**53.
    wf_object_t *n = parse_int("9007199254740993");
    CHECK(wf_int_compare_double(n, 9007199254740992.0) == 1);
    CHECK(wf_int_compare_double(n, 9007199254740994.0) == -1);
    WF_DECREF(n);
    wf_object_t *f = wf_int_from_double(1e300);
    check_str(f, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "int(1e300)");
    CHECK(wf_int_from_double(NAN) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    CHECK(wf_int_from_double(-INFINITY) == NULL && wf_err_matches(&wf_exc_OverflowError));
    wf_err_clear();
}

static void test_hashes(void) {
    for (size_t i = 0; i < sizeof int_hashes / sizeof int_hashes[0]; i++) {
        wf_object_t *a = parse_int(int_hashes[i].text);
        CHECK(wf_int_hash(a) == (wf_hash_t)int_hashes[i].hash);
        WF_DECREF(a);
    }
    for (size_t i = 0; i < sizeof float_hashes / sizeof float_hashes[0]; i++) {
        CHECK(wf_hash_double(from_bits(float_hashes[i].bits)) == (wf_hash_t)float_hashes[i].hash);
    }
}

static void test_small_ints(void) {
    for (int64_t v = -5; v <= 256; v++) {
        wf_object_t *a = wf_int_from_i64(v), *b = wf_int_from_i64(v);
        CHECK(a == b && wf_is_immortal(a));
        int64_t got;
        CHECK(wf_int_small_value(a, &got) && got == v);
    }
    wf_object_t *big = wf_int_from_i64(INT64_MIN);
    CHECK(wf_int_small_value(big, &(int64_t){0}));
    wf_object_t *neg = wf_int_neg(big);  // 2**63 no longer fits
    CHECK(!wf_int_small_value(neg, &(int64_t){0}));
    check_str(wf_newref(neg), "9223372036854775808", "-(-2**63)");
    wf_object_t *back = wf_int_neg(neg);
    CHECK(wf_int_small_value(back, &(int64_t){0}));  // normalized back to the small form
    WF_DECREF(back);
    WF_DECREF(neg);
    WF_DECREF(big);
    int64_t r;
    CHECK(wf_int_small_floordiv(-7, 2, &r) && r == -4);
    CHECK(wf_int_small_mod(-7, 2, &r) && r == 1);
    CHECK(wf_int_small_mod(7, -2, &r) && r == -1);
    CHECK(!wf_int_small_floordiv(INT64_MIN, -1, &r));
    CHECK(!wf_int_small_add(INT64_MAX, 1, &r));
}

static void check_format(wf_object_t *(*fn)(wf_object_t *, wf_object_t *), wf_object_t *v,
                         const char *spec, const char *expected) {
    wf_object_t *s = wf_str_from_cstr(spec);
    wf_object_t *r = fn(v, s);
    char what[64];
    snprintf(what, sizeof what, "format(_, '%s')", spec);
    check_str(r, expected, what);
    WF_DECREF(s);
}

static void test_format(void) {
    wf_object_t *i = wf_int_from_i64(-1234567), *f = wf_float_new(1234.5), *z = wf_float_new(-0.0);
    check_format(wf_format_int, i, "020,d", "-000,000,001,234,567");
    check_format(wf_format_int, i, "=20,d", "-          1,234,567");
    check_format(wf_format_int, i, "#x", "-0x12d687");
    check_format(wf_format_int, i, "_b", "-1_0010_1101_0110_1000_0111");
    check_format(wf_format_int, i, "^+15", "   -1234567    ");
    check_format(wf_format_int, i, ".2e", "-1.23e+06");
    check_format(wf_format_float, f, "010,", "0,001,234.5");
    check_format(wf_format_float, f, ".3", "1.23e+03");
    check_format(wf_format_float, f, "*^12.2f", "**1234.50***");
    check_format(wf_format_float, f, "%", "123450.000000%");
    check_format(wf_format_float, z, "z.2f", "0.00");
    check_format(wf_format_float, z, "", "-0.0");
    wf_object_t *spec = wf_str_from_cstr(",s");
    CHECK(wf_format_int(i, spec) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    WF_DECREF(spec);
    WF_DECREF(i);
    WF_DECREF(f);
    WF_DECREF(z);
    char *s = wf_dtoa_format(1e16, 'r', 0, WF_DTOA_ADD_DOT_0);
    CHECK(s != NULL && strcmp(s, "1e+16") == 0);
    wf_mem_free(s);
    s = wf_dtoa_format(100.0, 'g', 3, WF_DTOA_ADD_DOT_0);
    CHECK(s != NULL && strcmp(s, "1e+02") == 0);
    wf_mem_free(s);
    s = wf_dtoa_format(NAN, 'E', 6, WF_DTOA_SIGN);
    CHECK(s != NULL && strcmp(s, "+NAN") == 0);
    wf_mem_free(s);
}

static void test_errors(void) {
    wf_object_t *zero = wf_int_from_i64(0), *one = wf_int_from_i64(1);
    CHECK(wf_int_floordiv(one, zero) == NULL && wf_err_matches(&wf_exc_ZeroDivisionError));
    wf_err_clear();
    CHECK(wf_int_truediv(one, zero) == NULL && wf_err_matches(&wf_exc_ZeroDivisionError));
    wf_err_clear();
    wf_object_t *neg = wf_int_from_i64(-1);
    CHECK(wf_int_lshift(one, neg) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    CHECK(wf_int_pow(one, one, zero) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    CHECK(wf_int_from_string("12a", 3, 10) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    CHECK(wf_int_from_string("1", 1, 37) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    // The 4300-digit limit, both directions; it applies to source literals too (as in
    // CPython 3.13, which reports it as a SyntaxError), but not to power-of-two bases.
    char *digits = malloc(5001);
    memset(digits, '7', 5000);
    digits[5000] = '\0';
    CHECK(wf_int_from_string(digits, 5000, 10) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    CHECK(wf_int_from_literal(digits, 5000) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    CHECK(wf_int_set_max_str_digits(0) == 0);
    wf_object_t *lit = wf_int_from_literal(digits, 5000);
    CHECK(lit != NULL);
    CHECK(wf_int_set_max_str_digits(4300) == 0);
    CHECK(lit != NULL && wf_int_to_str(lit, 10) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    wf_object_t *hex = lit != NULL ? wf_int_to_str(lit, 16) : NULL;  // power-of-two bases are exempt
    CHECK(hex != NULL);
    WF_XDECREF(hex);
    CHECK(wf_int_set_max_str_digits(0) == 0);
    wf_object_t *dec = lit != NULL ? wf_int_to_str(lit, 10) : NULL;
    CHECK(dec != NULL && strcmp(wf_str_as_utf8(dec, NULL), digits) == 0);
    WF_XDECREF(dec);
    CHECK(wf_int_set_max_str_digits(100) == -1 && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
    CHECK(wf_int_set_max_str_digits(4300) == 0);
    WF_XDECREF(lit);
    free(digits);
    WF_DECREF(zero);
    WF_DECREF(one);
    WF_DECREF(neg);
}

int main(void) {
    if (wf_interp_init() < 0) {
        fprintf(stderr, "interpreter start-up failed\n");
        return 1;
    }
    test_small_ints();
    test_float_repr_table();
    test_float_repr_random();
    test_float_parse();
    test_int_oracle();
    test_int_identities();
    test_int_float();
    test_hashes();
    test_format();
    test_errors();
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("test_numbers: all passed\n");
    return 0;
}
