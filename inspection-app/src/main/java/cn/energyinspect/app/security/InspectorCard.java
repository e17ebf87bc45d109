package cn.energyinspect.app.security;

/** What may be shown of an inspector on a team, even publicly: the name and the 执法证 number, nothing else. */
public record InspectorCard(String username, String name, String certificateNo) {}
