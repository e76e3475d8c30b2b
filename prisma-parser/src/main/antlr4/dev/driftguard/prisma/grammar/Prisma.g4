/*
 * The Prisma schema language. Like Prisma's own parser it is line based: a field, an attribute or a key/value pair
 * ends at the end of its line, a block opens with "{" at the end of its first line and closes with "}" on a line of
 * its own. A line that fits no rule is kept as an invalid line, so that parsing goes on past it and the adapter can
 * report it with Prisma's message.
 */
grammar Prisma;

schema
    : topLevel* EOF
    ;

topLevel
    : block
    | NL
    | invalidLine NL?
    ;

block
    : keyword=blockKeyword name=identifier LBRACE NL blockLine* RBRACE (NL | EOF)
    ;

blockKeyword
    : MODEL | ENUM | VIEW | TYPE | DATASOURCE | GENERATOR
    ;

blockLine
    : entry? NL
    ;

entry
    : assignment
    | blockAttribute
    | member
    | invalidEntry
    ;

assignment
    : key=identifier EQUALS value=expression
    ;

/* A field (name, type, attributes) or an enum value (name, attributes); the adapter tells them apart by the block. */
member
    : name=identifier fieldType? fieldAttribute*
    ;

fieldType
    : base=typeReference list=listMarker? optional=QUESTION?
    ;

listMarker
    : LBRACK RBRACK
    ;

typeReference
    : functionCall
    | identifier
    ;

fieldAttribute
    : AT attributeName arguments?
    ;

blockAttribute
    : ATAT attributeName arguments?
    ;

attributeName
    : identifier (DOT identifier)?
    ;

arguments
    : LPAREN (argument (COMMA argument)* COMMA?)? RPAREN
    ;

argument
    : (name=identifier COLON)? value=expression
    ;

expression
    : functionCall   # callExpression
    | array          # arrayExpression
    | object         # objectExpression
    | STRING         # stringExpression
    | NUMBER         # numberExpression
    | path           # pathExpression
    ;

functionCall
    : path arguments
    ;

array
    : LBRACK (expression (COMMA expression)* COMMA?)? RBRACK
    ;

object
    : LBRACE (argument (COMMA argument)* COMMA?)? RBRACE
    ;

path
    : identifier (DOT identifier)*
    ;

identifier
    : IDENT | MODEL | ENUM | VIEW | TYPE | DATASOURCE | GENERATOR
    ;

/* Anything else up to the end of the line. */
invalidLine
    : ~NL+
    ;

/* Inside a block, a line that starts with "}" closes the block instead. */
invalidEntry
    : ~(NL | RBRACE) ~NL*
    ;

MODEL      : 'model' ;
ENUM       : 'enum' ;
VIEW       : 'view' ;
TYPE       : 'type' ;
DATASOURCE : 'datasource' ;
GENERATOR  : 'generator' ;

LBRACE   : '{' ;
RBRACE   : '}' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
COMMA    : ',' ;
COLON    : ':' ;
EQUALS   : '=' ;
QUESTION : '?' ;
ATAT     : '@@' ;
AT       : '@' ;
DOT      : '.' ;

STRING              : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ;
NUMBER              : '-'? [0-9]+ ( '.' [0-9]+ )? ( [eE] [+-]? [0-9]+ )? ;
/* Prisma takes letters of any script in names, e.g. a field called ñame. */
IDENT               : [\p{L}_] [\p{L}\p{N}_-]* ;

/* Doc comments document the next field, model or enum value: kept on their own channel. */
DOC_COMMENT : '///' ~[\r\n]* -> channel(2) ;
COMMENT     : '//' ~[\r\n]* -> channel(HIDDEN) ;
NL          : '\r'? '\n' | '\r' ;
WS          : [ \t\f\u00A0\uFEFF]+ -> skip ;
/* Any other character: the parser sees it as part of an invalid line instead of the lexer failing. */
OTHER       : . ;
