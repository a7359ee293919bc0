// Unit names as plans write them: normalising, collective entries, splitting a cell, matching and
// "closest first" suggestions.
import { describe, expect, it } from 'vitest';
import { closestUnits, isCollective, matchUnit, nameSimilarity, normalizeUnitName, splitUnitCell, type UnitNames } from './unit-names';

const UNITS: UnitNames[] = [
  { name: '区卫生健康局', code: 'wjj', fullName: '深圳市盐田区卫生健康局', aliases: ['区卫健局'] },
  { name: '区教育局', code: 'jyj', fullName: '深圳市盐田区教育局' },
  { name: '区城管局', code: 'cgj', fullName: null, aliases: ['区城市管理和综合执法局'] },
  { name: '盐田交通运输局', code: 'jtj' },
  { name: '区残联' },
];

describe('normalizeUnitName', () => {
  it.each([
    ['深圳市盐田区卫生健康局', '区卫生健康局'],
    ['广东省深圳市盐田区教育局', '区教育局'],
    ['中共深圳市盐田区委组织部', '区委组织部'],
    ['中共盐田区委宣传部', '区委宣传部'],
    ['盐田区 教育局', '区教育局'],
    ['区 民政\n局', '区民政局'],
    ['各街道（社区）', '各街道(社区)'],
    ['盐田交通运输局', '盐田交通运输局'], // a name of its own: no 区 to shorten
    ['区教育局深圳市', '区教育局深圳市'], // prefixes only at the start
  ])('%s → %s', (name, n) => expect(normalizeUnitName(name)).toBe(n));
  it('another district shortens its own name', () => expect(normalizeUnitName('深圳市南山区教育局', '南山区')).toBe('区教育局'));
});

describe('isCollective', () => {
  it.each(['各街道', ' 各街道办事处 ', '各镇（街道）', '相关单位', '有关部门', '全体单位', '区直各单位', '区直部门', '区防控办成员单位'])(
    '%s stands for several units',
    (n) => expect(isCollective(n)).toBe(true),
  );
  it.each(['区教育局', '区相关单位负责人', '相关单位牵头', '沙头角街道各社区', '成员单位名单', '有关'])('%s does not', (n) =>
    expect(isCollective(n)).toBe(false),
  );
});

describe('splitUnitCell', () => {
  it.each([
    ['区教育局、区工务署，区住建局', ['区教育局', '区工务署', '区住建局']],
    ['区教育局,区工务署;区住建局；区残联/区民政局', ['区教育局', '区工务署', '区住建局', '区残联', '区民政局']],
    ['区教育局\n区工务署\n\n区住建局', ['区教育局', '区工务署', '区住建局']],
    ['区教育局、、区工务署', ['区教育局', '区工务署']],
    ['牵头单位：区教育局 配合单位：区工务署', ['区教育局', '区工务署']],
    ['牵头：区教育局；配合:区工务署', ['区教育局', '区工务署']],
    ['（牵头）区教育局、(配合)区工务署', ['区教育局', '区工务署']],
    ['区教育局。', ['区教育局']],
    ['区教育局.', ['区教育局']],
    ['各镇（街道）', ['各镇（街道）']],
    ['区牵头办', ['区牵头办']], // 牵头 inside a name is kept
    ['', []],
    // a role written after the name, in brackets or not
    ['区民政局（牵头），区卫健局（配合）', ['区民政局', '区卫健局']],
    ['区民政局(牵头单位)、区卫健局(配合单位)', ['区民政局', '区卫健局']],
    ['区民政局牵头，区卫健局配合', ['区民政局', '区卫健局']],
    ['区民政局负责，区卫健局协助', ['区民政局', '区卫健局']],
    // the lead unit answers for the task: marked lead, it comes first wherever it is written
    ['区卫健局、区民政局（牵头）', ['区民政局', '区卫健局']],
    ['区卫健局（配合）、区教育局、区民政局（牵头）', ['区民政局', '区卫健局', '区教育局']],
    ['配合单位：区卫健局；牵头单位：区民政局', ['区民政局', '区卫健局']],
    // "and others" and a plain space between names
    ['区民政局、区卫健局等', ['区民政局', '区卫健局']],
    ['区民政局、区卫健局等单位', ['区民政局', '区卫健局']],
    ['区民政局 区卫健局', ['区民政局', '区卫健局']],
    ['区民政局　区卫健局、各街道办', ['区民政局', '区卫健局', '各街道办']],
    ['深圳市盐田区 卫生健康局', ['深圳市盐田区 卫生健康局']], // a space inside one name does not split it
    ['各镇（街道）等', ['各镇（街道）']],
    // 等相关单位 / 等有关部门 close the list as 等单位 does; 由…负责 names the unit after 由
    ['区民政局、区残联等相关单位', ['区民政局', '区残联']],
    ['区民政局等有关部门配合', ['区民政局']],
    ['由区民政局负责', ['区民政局']],
    ['由区民政局牵头，区卫健局配合', ['区民政局', '区卫健局']],
    // two role words together (牵头负责: 区民政局牵头 was read as a unit's name)
    ['区卫健局配合，区民政局牵头负责', ['区民政局', '区卫健局']],
    ['区民政局负责牵头、区卫健局协助配合', ['区民政局', '区卫健局']],
    // 按职责… in its forms; a 等 inside a name is part of it
    ['区民政局、区卫健局按职责落实', ['区民政局', '区卫健局']],
    ['区民政局、区卫健局按照职责分工', ['区民政局', '区卫健局']],
    ['区高等教育服务中心、区民政局', ['区高等教育服务中心', '区民政局']],
  ])('%j → %j', (cell, units) => expect(splitUnitCell(cell)).toEqual(units));
});

describe('matchUnit', () => {
  it.each([
    ['区卫生健康局', '区卫生健康局'],
    [' wjj ', '区卫生健康局'], // its code
    ['深圳市盐田区卫生健康局', '区卫生健康局'], // its full name
    ['区卫健局', '区卫生健康局'], // an alias
    ['盐田区卫生健康局', '区卫生健康局'], // normalised to its name
    ['广东省深圳市盐田区教育局', '区教育局'], // normalised to its full name's form
    ['深圳市区城市管理和综合执法局', '区城管局'], // normalised to an alias
    ['盐田交通运输局', '盐田交通运输局'],
    ['区交通运输局', null],
    ['区城市更新局', null],
    ['', null],
  ])('%j → %j', (w, name) => expect(matchUnit(w, UNITS)).toBe(name));
  it('a unit without a code is not matched by an empty or missing code', () => expect(matchUnit('undefined', UNITS)).toBeNull());
});

describe('nameSimilarity and closestUnits', () => {
  it('Dice similarity over character pairs of the normalised names', () => {
    expect(nameSimilarity('区教育局', '深圳市盐田区教育局')).toBe(1);
    expect(nameSimilarity('区教育局', '区教育')).toBeCloseTo((2 * 2) / (3 + 2));
    expect(nameSimilarity('甲乙甲乙', '甲乙')).toBeCloseTo((2 * 1) / (3 + 1)); // a pair counts once per occurrence
    expect(nameSimilarity('甲乙', '丙丁')).toBe(0);
    expect(nameSimilarity('甲', '甲')).toBe(0); // one character has no pair
    expect(nameSimilarity('', '区教育局')).toBe(0);
    expect(nameSimilarity('区教育局', '')).toBe(0);
  });
  it('closest first, ties by name, nothing in common left out, at most the limit', () => {
    expect(closestUnits('区卫健委', UNITS)).toEqual(['区卫生健康局']); // shares 区卫, 卫健 (its alias)
    expect(closestUnits('区城市管理局', UNITS)[0]).toBe('区城管局');
    expect(closestUnits('区教局', UNITS)).toEqual(['区教育局']); // 区教 in common (0.4); the others share no pair
    expect(closestUnits('区局', [{ name: '乙区局' }, { name: '甲区局' }, { name: '区局' }])).toEqual(['区局', '甲区局', '乙区局']);
    expect(closestUnits('区局', [{ name: '乙区局' }, { name: '甲区局' }, { name: '区局' }], 2)).toEqual(['区局', '甲区局']);
    expect(closestUnits('丙丁', UNITS)).toEqual([]);
    // A unit is as close as the closest of its names (here its full name; its short name shares little).
    expect(closestUnits('深圳市盐田区卫生健康委员会', UNITS)).toEqual(['区卫生健康局']);
  });
});
