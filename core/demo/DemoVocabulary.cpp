#include "DemoVocabulary.h"

namespace cc {

namespace {

// "a|b|c" → {"a", "b", "c"}
QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

// Each character of the text, one by one.
QStringList characters(const char* utf8)
{
    QStringList out;
    for (const QChar ch : QString::fromUtf8(utf8))
        out << QString(ch);
    return out;
}

DemoVocabulary build()
{
    DemoVocabulary v;
    // Common surnames, most frequent first, and their Traditional forms in the same order.
    v.surnames = characters("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
                            "萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏"
                            "韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴");
    v.surnamesTraditional =
        characters("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾"
                   "蕭田董袁潘於蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏"
                   "韋付方白鄒孟熊秦邱江尹薛閆段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴");
    v.givenChars = characters("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国文"
                              "辉鹏宇晨欣怡婷雪琳浩俊志佳梅海鑫斌波慧颖丹春晓东峰凤燕云飞嘉"
                              "子涵睿轩梓诗雨博晶宁荣宏亮新成庆");
    v.givenCharsTraditional =
        characters("偉芳娜敏靜麗強磊軍洋勇艷傑娟濤明超秀霞平剛桂英華玉蘭紅建國文"
                   "輝鵬宇晨欣怡婷雪琳浩俊志佳梅海鑫斌波慧穎丹春曉東峰鳳燕雲飛嘉"
                   "子涵睿軒梓詩雨博晶寧榮宏亮新成慶");
    v.cities = words("广东省深圳市南山区|广东省深圳市福田区|广东省广州市天河区|广东省广州市越秀区|"
                     "北京市朝阳区|北京市海淀区|上海市浦东新区|上海市徐汇区|浙江省杭州市西湖区|"
                     "江苏省南京市鼓楼区|江苏省苏州市姑苏区|四川省成都市锦江区|湖北省武汉市江汉区|"
                     "湖南省长沙市岳麓区|福建省厦门市思明区|山东省青岛市市南区|天津市和平区|"
                     "重庆市渝中区|陕西省西安市雁塔区|河南省郑州市金水区");
    v.roads = words("科技园路|深南大道|中山路|人民路|解放路|建设路|和平路|新华路|长江路|黄河路|"
                    "滨河路|文化路|青年路|光明路|幸福路|朝阳路|东风路|胜利路|友谊路|学府路|"
                    "工业大道|花园路|望江路|湖滨路|南京路|北京路|上海路|广州路|迎宾大道|育才路");
    v.companies = words("正义律师事务所|平安银行|招商银行营业部|都市晚报|电视台民生栏目|"
                        "消费者协会|明德律师事务所|建设银行支行");
    v.tags = words("VIP|会员|团购|老客户|家电以旧换新|送货上门|企业客户|价格敏感|喜欢新品|"
                   "需要发票");
    v.notes = words("喜欢周末来店|只接受短信联系|上次投诉处理满意|对价格比较在意|常给家人买东西|"
                    "住得近,常来逛|需要送货上门|介绍过朋友来买|喜欢国产品牌|对售后要求高");
    v.preferences = words("尺码 42|尺码 M 码|喜欢黑色|喜欢白色|偏爱节能家电|喜欢运动品牌|"
                          "爱买童装|偏好大容量|喜欢智能家电|尺码 L 码");
    v.sources = words("到店|朋友介绍|网络广告|电视广告|会员活动|团购|电话咨询|传单");
    v.lostReasons = words("搬家到外地|对售后不满意|价格比别家高|改在网上购买|联系不上");
    v.relations = words("配偶|儿子|女儿|父亲|母亲");
    const QStringList productNames =
        words("海尔冰箱 BCD-520|美的洗衣机 MG100|格力空调 KFR-35|创维电视 65A|美的微波炉 M1|"
              "苏泊尔电饭煲 SF40|戴森吸尘器 V8|万和热水器 JSQ24|沁园净水器 QR-RO|方太油烟机 EMD1|"
              "华帝燃气灶 B8|飞利浦空气净化器 AC2|飞利浦电动牙刷 HX|华为手机 Mate|小米手机 14|"
              "索尼耳机 WH-1000|联想笔记本 小新14|李宁运动鞋 赤兔|红蜻蜓皮靴|波司登羽绒服|"
              "雅戈尔衬衫|李维斯牛仔裤|小CK手提包|好孩子儿童推车|飞鹤奶粉 星飞帆|罗莱床上四件套");
    const int prices[][2] = {{4599, 3600}, {3299, 2500}, {2899, 2200}, {4999, 4000}, {599, 420},
                             {399, 260},   {2999, 2100}, {1899, 1400}, {2599, 1600}, {2999, 2000},
                             {1599, 1000}, {1999, 1300}, {299, 150},   {5999, 5100}, {3999, 3300},
                             {2499, 1900}, {4999, 4300}, {599, 300},   {899, 420},   {1299, 650},
                             {299, 120},   {399, 180},   {599, 280},   {1299, 800},  {368, 280},
                             {699, 350}};
    const char* kinds[] = {
        "appliance", "appliance", "appliance", "appliance", "appliance", "appliance", "appliance",
        "appliance", "appliance", "appliance", "appliance", "appliance", "appliance", "digital",
        "digital",   "digital",   "digital",   "clothing",  "clothing",  "clothing",  "clothing",
        "clothing",  "clothing",  "baby",      "baby",      "home"};
    for (qsizetype i = 0; i < productNames.size(); ++i)
        v.products.append(
            {productNames.at(i), prices[i][0], prices[i][1], QString::fromLatin1(kinds[i])});
    v.staff = {
        {QStringLiteral("liuyang"), QString::fromUtf8("刘洋"), true},
        {QStringLiteral("chenjing"), QString::fromUtf8("陈静"), true},
        {QStringLiteral("zhangmin"), QString::fromUtf8("张敏"), false},
        {QStringLiteral("lina"), QString::fromUtf8("李娜"), false},
        {QStringLiteral("wangqiang"), QString::fromUtf8("王强"), false},
        {QStringLiteral("zhaolei"), QString::fromUtf8("赵磊"), false},
        {QStringLiteral("huangli"), QString::fromUtf8("黄丽"), false},
        {QStringLiteral("zhoujie"), QString::fromUtf8("周杰"), false},
        {QStringLiteral("wuting"), QString::fromUtf8("吴婷"), false},
        {QStringLiteral("sunhao"), QString::fromUtf8("孙浩"), false},
    };
    // Indexed like ComplaintCategory: quality, service, price, attitude, delivery, other.
    v.descriptions = {
        words("%1 用了不到一个月就坏了,要求处理|%1 开箱发现有划痕和磕碰|%1 噪音很大,晚上睡不着|"
              "%1 穿了两次就开胶|%1 质量和宣传的不一样|%1 一直漏水,地板都泡了"),
        words("%1 报修三天了没人上门|安装师傅没按约定时间来,%1 还没装好|售后电话一直打不通,%1 "
              "的问题没人管|"
              "维修后 %1 还是老毛病|%1 的发票一直没开给我"),
        words("%1 买完第二天就降价了,要求补差价|%1 结账的价格和标签不一样|%1 的促销赠品没给|"
              "会员折扣没有用上,%1 多付了钱"),
        words("营业员态度冷淡,问 %1 的事不理人|收银员说话难听|导购推销 %1 时强买强卖|"
              "退 %1 时被店员推来推去"),
        words("%1 送货晚了两天|送来的 %1 包装破损|%1 送错了型号|送货员要额外收搬运费"),
        words("停车收费不合理|店里太吵,找不到人问 %1|积分没有到账|%1 的说明书是外文看不懂"),
    };
    v.resolutions =
        words("已为顾客更换新品,顾客表示满意|已安排技术部检测并免费维修|已退还差价并致歉|"
              "已向顾客道歉,对相关员工进行了批评教育|已补送赠品并上门致歉|"
              "已办理退货退款|已赠送代金券表示歉意|已重新安排送货并免运费");
    v.callbackOutcomes = words("顾客表示使用正常,很满意|顾客对处理结果满意|顾客提了包装方面的建议|"
                               "顾客说产品还不错,会再来|顾客希望以后提前短信通知|"
                               "顾客对送货速度不太满意,已记录");
    v.visitNotes = words("来店咨询新款|来问保修期|电话询问到货时间|来店看了看,没有买|"
                         "来店办理会员卡|电话咨询安装事宜");
    v.compensationReasons =
        words("产品质量问题,按规定补偿|耽误了顾客时间,给予补偿|服务不到位,表示歉意|"
              "送货延误,给予补偿");
    v.decisionComments = words("符合规定,同意|金额合理,同意|情况属实,同意|超出常规,减半批准|"
                               "理由不充分,不同意");
    v.withdrawn = QString::fromUtf8("顾客撤回了投诉。");
    v.reported = QString::fromUtf8("已报告店长，并于 24 小时内上报总部。");
    v.majorReasons = QString::fromUtf8("重大投诉：%1");
    v.custodyPlaces = words("技术部|厂家维修点");
    v.custodyItem = QString::fromUtf8("顾客的%1");
    v.custodyCondition = QString::fromUtf8("外观完好");
    v.custodyNote = QString::fromUtf8("代保管：%1，送往%2");
    v.withinLimit = QString::fromUtf8("在本人权限内，直接批准。");
    v.callDeclined = QString::fromUtf8("顾客说最近很忙，不用再回访。");
    return v;
}

} // namespace

const DemoVocabulary& DemoVocabulary::get()
{
    static const DemoVocabulary vocabulary = build();
    return vocabulary;
}

} // namespace cc
